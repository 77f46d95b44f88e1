package de.rathausbot.conversation;

import de.rathausbot.dialogue.Answer;

/**
 * The dialogue's answer to an {@link IncomingMessage}, recorded under a conversation and
 * message id.
 *
 * @param handover where the conversation stands with a person of the staff, or null when
 * the bot has it
 */
public record Reply(String conversationId, String messageId, Answer answer, LiveChat.Handover handover) {

	public Reply(String conversationId, String messageId, Answer answer) {
		this(conversationId, messageId, answer, null);
	}

}
