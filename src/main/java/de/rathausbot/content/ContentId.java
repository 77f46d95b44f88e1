package de.rathausbot.content;

import java.util.regex.Pattern;

/**
 * The one rule for the ids of intents, services, contacts, events, FAQ entries and pages:
 * lower-case letters and digits in words joined by single hyphens
 * ("reisepass-beantragen").
 */
public final class ContentId {

	/** The rule as a regular expression (without anchors, for composing). */
	public static final String REGEX = "[a-z0-9]+(-[a-z0-9]+)*";

	/** The rule in words, for error messages. */
	public static final String RULE = "lower-case letters and digits, words joined by single hyphens "
			+ "(kebab-case), e.g. reisepass-beantragen";

	private static final Pattern PATTERN = Pattern.compile(REGEX);

	private ContentId() {
	}

	public static boolean isValid(String id) {
		return id != null && PATTERN.matcher(id).matches();
	}

}
