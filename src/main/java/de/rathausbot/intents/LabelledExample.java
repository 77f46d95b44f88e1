package de.rathausbot.intents;

/**
 * A text with the intent it means, as other tools store them; {@link #OUT_OF_SCOPE} marks
 * a text the bot must not answer.
 */
public record LabelledExample(String label, String text) {

	/** How Rathausbot calls the out-of-scope label. */
	public static final String OUT_OF_SCOPE = "out-of-scope";

	public boolean outOfScope() {
		return OUT_OF_SCOPE.equals(this.label);
	}

}
