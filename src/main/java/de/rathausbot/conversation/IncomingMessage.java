package de.rathausbot.conversation;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * A citizen's message as every channel hands it to the dialogue.
 *
 * @param conversationId the conversation it continues, or null to start one
 * @param channel where it came from ("web", "telegram")
 * @param language the language the citizen chose, or null to detect it
 * @param now the moment to answer at, or null for the server clock
 */
public record IncomingMessage(String conversationId, String channel, String text, String language, ZonedDateTime now) {

	public Optional<String> languageChoice() {
		return Optional.ofNullable(this.language);
	}

}
