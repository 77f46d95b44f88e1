package de.rathausbot.channel.web;

/**
 * {@code POST /api/chat} body. {@code now} is an ISO-8601 date-time, honoured only when
 * allowed.
 */
record ChatRequest(String text, String conversationId, String language, String now) {
}
