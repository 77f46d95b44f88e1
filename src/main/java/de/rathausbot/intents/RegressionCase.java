package de.rathausbot.intents;

/**
 * A question staff expect the bot to keep answering the same way; checked before every
 * change is published.
 *
 * @param expect the intent id or knowledge reference that must answer, or
 * {@code out-of-scope} for a question the bot must not answer
 * @param source file and line
 */
public record RegressionCase(String question, String expect, String source) {
}
