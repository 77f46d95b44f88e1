package de.rathausbot.dialogue;

/** How the bot dealt with a message. */
public enum Outcome {

	/** Answered with an intent's or knowledge item's facts. */
	ANSWERED,
	/** Asked which of several candidates was meant. */
	CLARIFIED,
	/** Could not help; said so and offered a handover. */
	FALLBACK

}
