package de.rathausbot.workspace.editing;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.rathausbot.content.ContentException;
import de.rathausbot.content.ContentFiles.ContentFile;
import de.rathausbot.content.YamlText;
import de.rathausbot.dialogue.ContentPreviews;
import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.Event;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.knowledge.OpeningHours;
import de.rathausbot.knowledge.WeeklyHours;
import de.rathausbot.workspace.WorkspaceProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Live previews for the editors, computed by the bot's own evaluation of the item as it
 * is being written: a contact's opening hours (from the weekly form or the stored text)
 * and an event's next dates. Nothing is stored.
 */
@RestController
class KnowledgePreviewController {

	private static final int DAYS = 7;

	private static final int DATES = 6;

	private static final String PREVIEW_ID = "vorschau";

	private final KnowledgeBase knowledge;

	private final ContentPreviews previews;

	private final Clock clock;

	KnowledgePreviewController(KnowledgeBase knowledge, ContentPreviews previews, Clock clock) {
		this.knowledge = knowledge;
		this.previews = previews;
		this.clock = clock;
	}

	/**
	 * A contact's hours.
	 *
	 * @param openingHours the text the bot evaluates (written from {@code form} when one
	 * was sent), null when none
	 * @param form the weekly form of those hours, null when the form cannot express them
	 * @param preview what the bot says about them now and in the next days
	 */
	record HoursView(String openingHours, WeeklyHoursForm form, ContentPreviews.HoursPreview preview) {
	}

	/**
	 * @param hours the weekly form, which replaces {@code openingHours} when present
	 * @param openingHours a stored text, to be shown in the form if it can be
	 * @param closures closing days as stored: {@code date} "24.12." or "24.12.2026",
	 * {@code reason}
	 */
	record HoursRequest(WeeklyHoursForm hours, String openingHours, List<Map<String, Object>> closures) {
	}

	@PostMapping("/api/admin/knowledge/contacts/preview")
	ResponseEntity<?> hours(@RequestBody HoursRequest request) {
		String text;
		try {
			text = request.hours() != null ? request.hours().toWeeklyHours().osm()
					: request.openingHours() == null ? "" : request.openingHours().strip();
		}
		catch (IllegalArgumentException ex) {
			return WorkspaceProblem.invalid("openingHours", ex.getMessage());
		}
		if (text.isEmpty()) {
			return ResponseEntity.ok(new HoursView(null,
					request.hours() != null ? request.hours() : WeeklyHoursForm.of(closedWeek()), null));
		}
		Map<String, Object> contact = new LinkedHashMap<>();
		contact.put("id", PREVIEW_ID);
		contact.put("name", "Vorschau");
		contact.put("openingHours", text);
		if (request.closures() != null && !request.closures().isEmpty()) {
			contact.put("closures", request.closures());
		}
		try {
			Contact read = read("contacts", contact).contacts().get(0);
			OpeningHours hours = read.openingHours().orElseThrow();
			return ResponseEntity.ok(new HoursView(text, WeeklyHours.read(text).map(WeeklyHoursForm::of).orElse(null),
					this.previews.hours(hours, ZonedDateTime.now(this.clock), DAYS)));
		}
		catch (ContentException ex) {
			return WorkspaceProblem.invalid(ex.field().orElse("openingHours"), ex.problem());
		}
	}

	/** An event's rule in words and its next dates. */
	@PostMapping("/api/admin/knowledge/events/preview")
	ResponseEntity<?> dates(@RequestBody Map<String, Object> fields) {
		Map<String, Object> event = new LinkedHashMap<>(fields);
		event.put("id", PREVIEW_ID);
		event.keySet().removeAll(List.of("version", "updatedBy", "updatedAt"));
		event.values().removeIf(value -> value == null || "".equals(value));
		try {
			Event read = read("events", event).events().get(0);
			return ResponseEntity.ok(this.previews.series(read, ZonedDateTime.now(this.clock), DATES));
		}
		catch (ContentException ex) {
			return WorkspaceProblem.invalid(ex.field().orElse("start"), ex.problem());
		}
	}

	/** One item read as the bot reads its file. */
	private KnowledgeBase.Snapshot read(String kind, Map<String, Object> item) {
		String yaml = YamlText.dump(Map.of(kind, List.of(item)));
		return this.knowledge.readAlone(List.of(new ContentFile(kind + ".yml", yaml)));
	}

	private static WeeklyHours closedWeek() {
		List<List<de.rathausbot.knowledge.TimeRange>> days = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			days.add(List.of());
		}
		return new WeeklyHours(days, List.of());
	}

}
