package de.rathausbot.training;

/**
 * How one regression question fares.
 *
 * @param got the label that answers, {@code out-of-scope} for a fallback, or "clarify: a
 * | b" when the bot would ask back
 * @param source file and line of the question
 */
public record RegressionResult(String question, String expect, String got, boolean passed, String source) {
}
