package de.rathausbot.channel.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import de.rathausbot.conversation.MessageNotStoredException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns bad requests to the chat API into 400 with a readable JSON error; the server
 * keeps serving.
 */
@RestControllerAdvice
class ChatErrorHandler {

	@ExceptionHandler(BadChatRequestException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ErrorResponse badRequest(BadChatRequestException ex) {
		return new ErrorResponse(ex.getMessage());
	}

	@ExceptionHandler(MessageNotStoredException.class)
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	ErrorResponse notStored(MessageNotStoredException ex) {
		return new ErrorResponse(ex.getMessage());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ErrorResponse unreadable(HttpMessageNotReadableException ex) {
		return new ErrorResponse("malformed JSON: send an object like {\"text\": \"Wann hat das Rathaus geöffnet?\"}");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ErrorResponse wrongContentType(HttpMediaTypeNotSupportedException ex) {
		return new ErrorResponse("unsupported content type " + ex.getContentType() + ": use application/json");
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	@ResponseStatus(HttpStatus.METHOD_NOT_ALLOWED)
	ErrorResponse wrongMethod(HttpRequestMethodNotSupportedException ex) {
		return new ErrorResponse("method " + ex.getMethod() + " is not supported here: use POST");
	}

}
