package de.rathausbot.conversation;

import java.util.List;

/**
 * The dialogue's answer to one message, before it is recorded.
 *
 * @param intent the intent id or knowledge reference answered, null for fallbacks
 */
public record Answer(String text, Outcome outcome, String intent, double confidence, String language,
		List<String> quickReplies, List<Source> sources) {

	public Answer {
		quickReplies = List.copyOf(quickReplies);
		sources = List.copyOf(sources);
	}

	public boolean fallback() {
		return this.outcome == Outcome.FALLBACK;
	}

}
