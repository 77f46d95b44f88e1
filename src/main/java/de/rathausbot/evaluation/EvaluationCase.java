package de.rathausbot.evaluation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One test case: a question and what the reply must (not) contain.
 *
 * @param fallback the bot must fall back
 * @param near close to the content but not covered: passes on fallback or when no
 * {@code forbid} matches
 * @param now the clock for this case, or null
 */
record EvaluationCase(String question, List<Pattern> expect, List<Pattern> forbid, boolean fallback, boolean near,
		OffsetDateTime now) {

	String category() {
		if (this.near) {
			return "near";
		}
		if (this.fallback) {
			return "outOfScope";
		}
		return this.now != null ? "timed" : "inScope";
	}

	boolean passes(String text, boolean wasFallback) {
		if (this.near) {
			return wasFallback || this.forbid.stream().noneMatch(p -> p.matcher(text).find());
		}
		if (this.fallback) {
			return wasFallback;
		}
		return !wasFallback && this.expect.stream().allMatch(p -> p.matcher(text).find())
				&& this.forbid.stream().noneMatch(p -> p.matcher(text).find());
	}

}
