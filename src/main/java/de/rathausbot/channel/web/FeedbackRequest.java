package de.rathausbot.channel.web;

/**
 * {@code POST /api/chat/feedback}: a thumbs up ({@code helpful: true}) or down on one
 * answer, with an optional comment.
 */
record FeedbackRequest(String conversationId, String messageId, Boolean helpful, String comment) {
}
