package de.rathausbot.conversation;

/**
 * The dialogue's answer to an {@link IncomingMessage}, recorded under a conversation and
 * message id.
 */
public record Reply(String conversationId, String messageId, Answer answer) {
}
