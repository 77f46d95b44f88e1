package de.rathausbot.knowledge;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import de.rathausbot.content.ContentException;
import de.rathausbot.content.ContentFiles.ContentFile;
import de.rathausbot.content.YamlNode;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;

/**
 * Reads events from iCalendar files (RFC 5545) and from {@code events.yml}. Times without
 * a zone are taken in the municipality's time zone.
 */
final class EventFileReader {

	private static final Set<String> EVENT_KEYS = Set.of("id", "title", "start", "end", "timeZone", "location",
			"description", "organiser", "url", "synonyms");

	private final ZoneId zone;

	EventFileReader(ZoneId zone) {
		this.zone = zone;
	}

	List<Event> fromYaml(ContentFile file) {
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
			events.add(new Event(node.requireText("id"), node.requireText("title"), start, end, allDay,
					node.optionalText("location"), node.optionalText("description"), node.optionalText("organiser"),
					node.optionalText("url"), node.texts("synonyms")));
		}
		return events;
	}

	List<Event> fromIcs(ContentFile file) {
		Calendar calendar;
		try {
			calendar = new CalendarBuilder().build(new StringReader(file.text()));
		}
		catch (ParserException ex) {
			throw new ContentException(file.name(), ex.getLineNo(), "invalid iCalendar: " + ex.getMessage(), ex);
		}
		catch (IOException | RuntimeException ex) {
			throw new ContentException(file.name(), 0, "invalid iCalendar: " + ex.getMessage(), ex);
		}
		List<Event> events = new ArrayList<>();
		for (VEvent vevent : calendar.<VEvent>getComponents(Component.VEVENT)) {
			events.add(event(file, vevent));
		}
		return events;
	}

	private Event event(ContentFile file, VEvent vevent) {
		String uid = text(vevent, Property.UID).orElse(null);
		String title = text(vevent, Property.SUMMARY).orElse(null);
		if (uid == null || title == null) {
			throw new ContentException(file.name(), 0,
					"every VEVENT needs a UID and a SUMMARY (event '" + title + "')");
		}
		DateProperty<?> startProperty = vevent.getStartDate()
			.orElseThrow(() -> new ContentException(file.name(), 0, "event '" + title + "' has no DTSTART"));
		Temporal startValue = startProperty.getDate();
		ZonedDateTime start = zoned(startValue);
		Optional<ZonedDateTime> end = vevent.getEndDate(false).map(e -> zoned(((DateProperty<?>) e).getDate()));
		return new Event(idFromUid(uid), title, start, end, startValue instanceof LocalDate,
				text(vevent, Property.LOCATION), text(vevent, Property.DESCRIPTION), organiser(vevent),
				text(vevent, Property.URL),
				text(vevent, Property.CATEGORIES).map(c -> List.of(c.split(","))).orElse(List.of()));
	}

	/** The organiser's common name (CN), else its address without "mailto:". */
	private static Optional<String> organiser(VEvent vevent) {
		Optional<Property> organizer = vevent.getProperty(Property.ORGANIZER);
		return organizer.map(o -> o.getParameter(Parameter.CN)
			.map(Parameter::getValue)
			.orElse(o.getValue().replaceFirst("(?i)^mailto:", "")));
	}

	private static Optional<String> text(VEvent vevent, String name) {
		Optional<Property> property = vevent.getProperty(name);
		return property.map(Property::getValue).map(String::strip).filter(s -> !s.isEmpty());
	}

	/**
	 * The UID's local part as a URL-safe id: {@code innovationstag-2019@ludwigsburg.de} →
	 * {@code innovationstag-2019}.
	 */
	static String idFromUid(String uid) {
		String local = uid.contains("@") ? uid.substring(0, uid.indexOf('@')) : uid;
		return local.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
	}

	private ZonedDateTime zoned(Temporal value) {
		if (value instanceof ZonedDateTime zoned) {
			return zoned;
		}
		if (value instanceof OffsetDateTime offset) {
			return offset.atZoneSameInstant(this.zone);
		}
		if (value instanceof Instant instant) {
			return instant.atZone(this.zone);
		}
		if (value instanceof LocalDateTime local) {
			return local.atZone(this.zone);
		}
		return LocalDate.from(value).atStartOfDay(this.zone);
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
