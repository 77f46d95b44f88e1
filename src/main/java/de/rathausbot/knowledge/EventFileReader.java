package de.rathausbot.knowledge;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.rathausbot.content.ContentFiles.ContentFile;
import de.rathausbot.content.YamlNode;

/**
 * Reads events from iCalendar files (RFC 5545) and from {@code events.yml}. Times without
 * a zone are taken in the municipality's time zone.
 */
final class EventFileReader {

	private static final Set<String> EVENT_KEYS = Set.of("id", "title", "start", "end", "timeZone", "location",
			"translations", "description", "organiser", "url", "synonyms", "repeat", "except");

	private final ZoneId zone;

	EventFileReader(ZoneId zone) {
		this.zone = zone;
	}

	List<Event> fromYaml(ContentFile file) {
		return fromYaml(file, new ItemTranslations.Collector());
	}

	List<Event> fromYaml(ContentFile file, ItemTranslations.Collector translations) {
		YamlNode root = YamlNode.parse(file.name(), file.text());
		List<Event> events = new ArrayList<>();
		for (YamlNode node : root.items("events")) {
			node.checkKeys(EVENT_KEYS);
			ZoneId eventZone = node.optionalText("timeZone").map(z -> zoneOf(node, z)).orElse(this.zone);
			String startText = node.requireText("start");
			boolean allDay = !startText.contains("T");
			ZonedDateTime start = dateTime(node.require("start"), startText, eventZone);
			Optional<ZonedDateTime> end = node.optionalText("end")
				.map(e -> dateTime(node.require("end"), e, eventZone));
			if (end.isPresent() && end.get().isBefore(start)) {
				throw node.require("end").error("event end " + end.get() + " is before its start " + start);
			}
			Optional<Recurrence> recurrence = node.optionalText("repeat")
				.map(rule -> recurrence(node, rule, exceptions(node, eventZone)));
			if (recurrence.isEmpty() && !node.texts("except").isEmpty()) {
				throw node.require("except").error("'except' needs a 'repeat' rule");
			}
			Event event = new Event(node.requireText("id"), node.requireText("title"), start, end, allDay,
					node.optionalText("location"), node.optionalText("description"), node.optionalText("organiser"),
					node.optionalText("url"), node.texts("synonyms"), recurrence);
			TranslatedFields.event(node, event, translations);
			events.add(event);
		}
		return events;
	}

	private static Set<Instant> exceptions(YamlNode node, ZoneId zone) {
		Set<Instant> exceptions = new HashSet<>();
		for (String text : node.texts("except")) {
			exceptions.add(dateTime(node.require("except"), text, zone).toInstant());
		}
		return exceptions;
	}

	private static Recurrence recurrence(YamlNode node, String rule, Set<Instant> exceptions) {
		try {
			return new Recurrence(rule, exceptions);
		}
		catch (IllegalArgumentException ex) {
			throw node.require("repeat").error(ex.getMessage() + " (expected e.g. FREQ=WEEKLY;BYDAY=TU,SA)");
		}
	}

	List<Event> fromIcs(ContentFile file) {
		return new IcsEvents(this.zone).read(file);
	}

	private static ZonedDateTime dateTime(YamlNode node, String text, ZoneId zone) {
		try {
			if (!text.contains("T")) {
				return LocalDate.parse(text).atStartOfDay(zone);
			}
			return LocalDateTime.parse(text).atZone(zone);
		}
		catch (DateTimeException ex) {
			throw node.error("bad date '" + text + "': expected 2021-05-11 or 2021-05-11T12:00");
		}
	}

	private static ZoneId zoneOf(YamlNode node, String zone) {
		try {
			return ZoneId.of(zone);
		}
		catch (DateTimeException ex) {
			throw node.require("timeZone").error("unknown time zone '" + zone + "'");
		}
	}

}
