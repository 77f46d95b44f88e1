package de.rathausbot.knowledge.web;

import java.util.Map;

import de.rathausbot.knowledge.Downloads;
import de.rathausbot.knowledge.KnowledgeBase;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/knowledge/events/{id}.ics} and {@code /contacts/{id}.vcf}: "In Kalender
 * eintragen" and "Kontakt speichern" for every channel. An unknown id is a 404 with a
 * JSON error.
 */
@RestController
@RequestMapping("/api/knowledge")
class DownloadsController {

	private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private static final MediaType VCARD = MediaType.parseMediaType("text/vcard;charset=UTF-8");

	private final KnowledgeBase knowledge;

	DownloadsController(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	@GetMapping("/events/{id}.ics")
	ResponseEntity<?> event(@PathVariable String id) {
		return this.knowledge.events()
			.stream()
			.filter(e -> e.id().equals(id))
			.findFirst()
			.<ResponseEntity<?>>map(e -> file(Downloads.calendar(e, "rathausbot"), CALENDAR, id + ".ics"))
			.orElseGet(() -> notFound("no event '" + id + "'"));
	}

	@GetMapping("/contacts/{id}.vcf")
	ResponseEntity<?> contact(@PathVariable String id) {
		return this.knowledge.contact(id)
			.<ResponseEntity<?>>map(c -> file(Downloads.card(c), VCARD, id + ".vcf"))
			.orElseGet(() -> notFound("no contact '" + id + "'"));
	}

	private static ResponseEntity<String> file(String body, MediaType type, String name) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private static ResponseEntity<Map<String, String>> notFound(String message) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", message));
	}

}
