package de.rathausbot.conversation;

import de.rathausbot.dialogue.Answer;

/**
 * The dialogue's answer to an {@link IncomingMessage}, recorded under a conversation and
 * message id.
 */
public record Reply(String conversationId, String messageId, Answer answer) {
}
