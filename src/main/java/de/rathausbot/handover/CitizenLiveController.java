package de.rathausbot.handover;

import java.util.List;
import java.util.Map;

import de.rathausbot.conversation.ConversationService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * What a citizen's widget reads during a live chat: the messages of staff (and the bot's
 * notices) as Server-Sent Events, or by polling. Whoever knows the conversation id may
 * read them, as for the conversation itself.
 */
@RestController
class CitizenLiveController {

	private final LiveMessages messages;

	private final LiveStreams streams;

	private final CallbackRequests callbacks;

	private final ConversationService conversations;

	CitizenLiveController(LiveMessages messages, LiveStreams streams, CallbackRequests callbacks,
			ConversationService conversations) {
		this.messages = messages;
		this.streams = streams;
		this.callbacks = callbacks;
		this.conversations = conversations;
	}

	/**
	 * A request to be called back.
	 *
	 * @param consent the citizen agreed that name and phone number are stored for the
	 * call back
	 */
	record CallbackRequest(String name, String phone, Boolean consent) {
	}

	private static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("\\+?[0-9 ()/-]{6,30}");

	/**
	 * {@code POST /api/chat/{conversationId}/callback}: where the city offers it, and
	 * only with the citizen's explicit consent.
	 */
	@org.springframework.web.bind.annotation.PostMapping(path = "/api/chat/{conversationId}/callback",
			consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> callback(@PathVariable String conversationId,
			@org.springframework.web.bind.annotation.RequestBody(required = false) CallbackRequest request) {
		if (!this.callbacks.offered()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Map.of("error", "this city does not offer call backs"));
		}
		if (request == null || !Boolean.TRUE.equals(request.consent())) {
			return ResponseEntity.badRequest()
				.body(Map.of("error", "consent: agree that your name and phone number are stored for the call back"));
		}
		if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
			return ResponseEntity.badRequest().body(Map.of("error", "name: your name, at most 200 characters"));
		}
		if (request.phone() == null || !PHONE.matcher(request.phone().strip()).matches()) {
			return ResponseEntity.badRequest().body(Map.of("error", "phone: a phone number like 07141 123456"));
		}
		java.util.Optional<String> tenant = this.conversations.tenantOf(conversationId);
		if (tenant.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no such conversation"));
		}
		this.callbacks.add(conversationId, tenant.get(), request.name().strip(), request.phone().strip());
		return ResponseEntity.status(HttpStatus.CREATED).build();
	}

	/**
	 * {@code GET /api/chat/{conversationId}/messages?after={messageId}}: the live chat's
	 * messages after that one, oldest first.
	 */
	@GetMapping(path = "/api/chat/{conversationId}/messages", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> messages(@PathVariable String conversationId, @RequestParam(required = false) String after) {
		if (!ConversationService.isValidConversationId(conversationId) || (after != null && after.length() > 64)) {
			return ResponseEntity.badRequest()
				.body(Map.of("error", "conversationId: 8–64 letters, digits, - or _; after: a message id"));
		}
		List<LiveStreams.MessageView> views = this.messages.forCitizen(conversationId, after)
			.stream()
			.map(LiveStreams.MessageView::of)
			.toList();
		return ResponseEntity.ok(views);
	}

	/**
	 * {@code GET /api/chat/{conversationId}/events}: the same messages as they arrive
	 * (event {@code message}, its id the message id; a reconnecting browser sends the
	 * last one as {@code Last-Event-ID}).
	 */
	@GetMapping(path = "/api/chat/{conversationId}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
	ResponseEntity<?> events(@PathVariable String conversationId,
			@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
			@RequestParam(required = false) String after) {
		String from = lastEventId != null ? lastEventId : after;
		if (!ConversationService.isValidConversationId(conversationId) || (from != null && from.length() > 64)) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("error", "conversationId: 8–64 letters, digits, - or _; after: a message id"));
		}
		SseEmitter emitter = this.streams.open(conversationId, from);
		if (emitter == null) {
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("error", "too many live streams: poll /api/chat/" + conversationId + "/messages"));
		}
		return ResponseEntity.ok().contentType(MediaType.TEXT_EVENT_STREAM).body(emitter);
	}

}
