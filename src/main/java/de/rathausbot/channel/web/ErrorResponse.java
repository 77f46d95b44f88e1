package de.rathausbot.channel.web;

/** Every error of the chat API: {@code {"error": "readable message"}}. */
record ErrorResponse(String error) {
}
