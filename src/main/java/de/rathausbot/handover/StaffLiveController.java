package de.rathausbot.handover;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.rathausbot.tenant.Tenants;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The workspace's live chat ({@code /api/admin/handover}): the queue and the taken
 * conversations of the staff member's tenant, availability, taking, writing, ending.
 * Reading the queue is the live-chat page's heartbeat: while it is open, its reader
 * counts as present.
 */
@RestController
class StaffLiveController {

	private final LiveChats chats;

	private final StaffPresence presence;

	private final Availability availability;

	private final Tenants tenants;

	private final CallbackRequests callbacks;

	StaffLiveController(LiveChats chats, StaffPresence presence, Availability availability, Tenants tenants,
			CallbackRequests callbacks) {
		this.callbacks = callbacks;
		this.chats = chats;
		this.presence = presence;
		this.availability = availability;
		this.tenants = tenants;
	}

	/**
	 * @param available whether this staff member takes live chats now
	 * @param withinHours whether it is within the live-chat hours
	 * @param staffAvailable how many of the staff are available now
	 */
	record Overview(boolean available, boolean withinHours, long staffAvailable, List<LiveChats.Entry> conversations,
			List<CallbackRequests.Request> callbacks) {
	}

	record AvailabilityRequest(boolean available) {
	}

	record Message(String text) {
	}

	/**
	 * @param backToBot handed back to the bot rather than closed
	 */
	record Close(String note, boolean backToBot) {
	}

	@GetMapping("/api/admin/handover")
	Overview overview(Principal staff) {
		String tenant = tenant();
		this.presence.seen(staff.getName(), tenant);
		return new Overview(this.presence.isAvailable(staff.getName(), tenant), this.availability.withinHours(),
				this.presence.available(tenant), this.chats.all(tenant), this.callbacks.open(tenant));
	}

	/** A call back is done: the request (name, phone number) is deleted. */
	@PostMapping("/api/admin/handover/callbacks/{id}/done")
	ResponseEntity<?> callbackDone(@PathVariable String id) {
		return this.callbacks.done(id, tenant()) ? ResponseEntity.noContent().build()
				: error(HttpStatus.NOT_FOUND, "no such call-back request");
	}

	@PutMapping("/api/admin/handover/availability")
	ResponseEntity<?> availability(@RequestBody AvailabilityRequest request, Principal staff) {
		this.presence.mark(staff.getName(), tenant(), request.available());
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/api/admin/handover/{conversationId}/take")
	ResponseEntity<?> take(@PathVariable String conversationId, Principal staff) {
		return answer(this.chats.take(conversationId, staff.getName()), HttpStatus.NO_CONTENT);
	}

	@PostMapping("/api/admin/handover/{conversationId}/messages")
	ResponseEntity<?> write(@PathVariable String conversationId, @RequestBody(required = false) Message message,
			Principal staff) {
		if (message == null || message.text() == null || message.text().isBlank()) {
			return error(HttpStatus.BAD_REQUEST, "text: write a message");
		}
		if (message.text().length() > 2000) {
			return error(HttpStatus.BAD_REQUEST, "text: at most 2000 characters");
		}
		return answer(this.chats.write(conversationId, staff.getName(), message.text()), HttpStatus.CREATED);
	}

	@PostMapping("/api/admin/handover/{conversationId}/close")
	ResponseEntity<?> close(@PathVariable String conversationId, @RequestBody(required = false) Close request,
			Principal staff) {
		String note = request == null ? null : request.note();
		if (note != null && note.length() > 2000) {
			return error(HttpStatus.BAD_REQUEST, "note: at most 2000 characters");
		}
		return answer(this.chats.end(conversationId, staff.getName(), note, request != null && request.backToBot()),
				HttpStatus.NO_CONTENT);
	}

	private String tenant() {
		return this.tenants.current().id();
	}

	private static ResponseEntity<?> answer(Optional<LiveChats.Refusal> refusal, HttpStatus success) {
		if (refusal.isEmpty()) {
			return ResponseEntity.status(success).build();
		}
		return refusal.get() == LiveChats.Refusal.GONE
				? error(HttpStatus.NOT_FOUND, "this conversation is not waiting for or with a person (any more)")
				: error(HttpStatus.CONFLICT, "another staff member has this conversation");
	}

	private static ResponseEntity<?> error(HttpStatus status, String message) {
		return ResponseEntity.status(status).body(Map.of("error", message));
	}

}
