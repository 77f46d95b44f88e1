package de.rathausbot.intents;

import java.util.regex.Pattern;

import de.rathausbot.content.ContentId;

/**
 * A question staff expect the bot to keep answering the same way; checked before every
 * change is published.
 *
 * @param expect the intent id or knowledge reference that must answer, or
 * {@code out-of-scope} for a question the bot must not answer
 * @param source file and line
 */
public record RegressionCase(String question, String expect, String source) {

	/**
	 * What a test question may expect: an intent id, a knowledge reference or
	 * out-of-scope.
	 */
	public static final String EXPECTATION_REGEX = "((service|contact|event):)?" + ContentId.REGEX;

	private static final Pattern EXPECTATION = Pattern.compile(EXPECTATION_REGEX);

	/**
	 * Whether a text names what a test question may expect: an intent id, a knowledge
	 * reference or {@code out-of-scope}.
	 */
	public static boolean isExpectation(String expect) {
		return expect != null && EXPECTATION.matcher(expect).matches();
	}

}
