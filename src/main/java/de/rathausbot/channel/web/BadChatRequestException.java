package de.rathausbot.channel.web;

/** A chat request the API refuses with 400 and a readable message. */
class BadChatRequestException extends RuntimeException {

	BadChatRequestException(String message) {
		super(message);
	}

}
