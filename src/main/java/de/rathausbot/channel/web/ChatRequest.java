package de.rathausbot.channel.web;

/**
 * {@code POST /api/chat} body. {@code now} is an ISO-8601 date-time, honoured only when
 * allowed; {@code tenant} the Kommune asked (absent: the installation's default tenant).
 */
record ChatRequest(String text, String conversationId, String language, String now, String tenant) {
}
