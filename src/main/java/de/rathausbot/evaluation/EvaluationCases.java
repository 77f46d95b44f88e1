package de.rathausbot.evaluation;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import de.rathausbot.content.YamlNode;

/** Reads a test file: {@code cases: [{q, expect, forbid, fallback, near, now}]}. */
final class EvaluationCases {

	private EvaluationCases() {
	}

	static List<EvaluationCase> parse(String file, String text) {
		YamlNode root = YamlNode.parse(file, text);
		List<EvaluationCase> cases = new ArrayList<>();
		for (YamlNode node : root.items("cases")) {
			OffsetDateTime now = node.optionalText("now").map(n -> {
				try {
					return OffsetDateTime.parse(n);
				}
				catch (DateTimeParseException ex) {
					throw node.require("now")
						.error("bad date-time '" + n + "': expected e.g. 2026-11-26T15:00:00+01:00");
				}
			}).orElse(null);
			cases.add(new EvaluationCase(node.requireText("q"), patterns(node, "expect"), patterns(node, "forbid"),
					flag(node, "fallback"), flag(node, "near"), now));
		}
		return cases;
	}

	private static boolean flag(YamlNode node, String key) {
		return node.optionalText(key).map(Boolean::parseBoolean).orElse(false);
	}

	private static List<Pattern> patterns(YamlNode node, String key) {
		List<Pattern> patterns = new ArrayList<>();
		for (String regex : node.texts(key)) {
			try {
				patterns.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
			}
			catch (PatternSyntaxException ex) {
				throw node.require(key).error("invalid regex '" + regex + "': " + ex.getDescription());
			}
		}
		return patterns;
	}

}
