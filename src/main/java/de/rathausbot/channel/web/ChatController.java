package de.rathausbot.channel.web;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

import de.rathausbot.conversation.ConversationService;
import de.rathausbot.conversation.IncomingMessage;
import de.rathausbot.tenant.Tenant;
import de.rathausbot.tenant.Tenants;
import de.rathausbot.tenant.UnknownTenantException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The JSON chat API: {@code POST /api/chat}. */
@RestController
class ChatController {

	private final ConversationService conversations;

	private final WebProperties properties;

	private final Tenants tenants;

	ChatController(ConversationService conversations, WebProperties properties, Tenants tenants) {
		this.conversations = conversations;
		this.tenants = tenants;
		this.properties = properties;
	}

	@PostMapping(path = "/api/chat", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ChatResponse chat(@RequestBody(required = false) ChatRequest request) {
		if (request == null) {
			throw new BadChatRequestException(
					"request body is missing: send JSON like {\"text\": \"Wann hat das Rathaus geöffnet?\"}");
		}
		String text = request.text();
		if (text == null || text.isBlank()) {
			throw new BadChatRequestException("text must not be empty");
		}
		if (text.length() > this.properties.maxLength()) {
			throw new BadChatRequestException("text is too long: " + text.length() + " characters, at most "
					+ this.properties.maxLength() + " are allowed");
		}
		if (request.conversationId() != null && !ConversationService.isValidConversationId(request.conversationId())) {
			throw new BadChatRequestException("conversationId must be 8 to 64 letters, digits, '-' or '_'");
		}
		if (request.language() != null && !request.language().matches("[a-z]{2}|de-x-ls")) {
			throw new BadChatRequestException("language must be a two-letter code such as de or en, or de-x-ls");
		}
		Tenant tenant;
		try {
			tenant = this.tenants.named(request.tenant());
		}
		catch (UnknownTenantException ex) {
			throw new BadChatRequestException(ex.getMessage());
		}
		IncomingMessage message = new IncomingMessage(request.conversationId(), "web", text, request.language(),
				now(request));
		return this.tenants.as(tenant, () -> ChatResponse.of(this.conversations.reply(message)));
	}

	/**
	 * Thumbs up or down on an answer: 204, or 404 when the conversation has no such
	 * answer.
	 */
	@PostMapping(path = "/api/chat/feedback", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> feedback(@RequestBody(required = false) FeedbackRequest request) {
		if (request == null || request.conversationId() == null || request.messageId() == null
				|| request.helpful() == null) {
			throw new BadChatRequestException("send JSON like {\"conversationId\": \"…\", \"messageId\": \"…\", "
					+ "\"helpful\": true, \"comment\": \"optional\"}");
		}
		if (request.comment() != null && request.comment().length() > this.properties.maxLength()) {
			throw new BadChatRequestException("comment is too long: " + request.comment().length()
					+ " characters, at most " + this.properties.maxLength() + " are allowed");
		}
		if (!ConversationService.isValidConversationId(request.conversationId()) || !this.conversations
			.feedback(request.conversationId(), request.messageId(), request.helpful(), request.comment())) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(new ErrorResponse(
						"no answer '" + request.messageId() + "' in conversation '" + request.conversationId() + "'"));
		}
		return ResponseEntity.noContent().build();
	}

	/**
	 * Deletes a conversation with everything stored about it, at the citizen's request:
	 * 204, or 404 when there is no such conversation (any more).
	 */
	@DeleteMapping("/api/chat/{conversationId}")
	ResponseEntity<?> forget(@PathVariable String conversationId) {
		if (!this.conversations.forget(conversationId)) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(new ErrorResponse("no conversation '" + conversationId + "'"));
		}
		return ResponseEntity.noContent().build();
	}

	private ZonedDateTime now(ChatRequest request) {
		if (request.now() == null || !this.properties.allowClockOverride()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(request.now()).toZonedDateTime();
		}
		catch (DateTimeParseException ex) {
			throw new BadChatRequestException(
					"now must be an ISO-8601 date-time with offset, e.g. 2026-11-26T15:00:00+01:00");
		}
	}

}
