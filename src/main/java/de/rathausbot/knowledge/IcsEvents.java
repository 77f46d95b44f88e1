package de.rathausbot.knowledge;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import de.rathausbot.content.ContentException;
import de.rathausbot.content.ContentFiles.ContentFile;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.RDate;

/**
 * Reads events from an iCalendar file (RFC 5545): recurrence rules, exceptions and moved
 * dates, organiser and location. Times without a zone are in the municipality's.
 */
final class IcsEvents {

	private final ZoneId zone;

	IcsEvents(ZoneId zone) {
		this.zone = zone;
	}

	List<Event> read(ContentFile file) {
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
		List<VEvent> series = new ArrayList<>();
		List<VEvent> changed = new ArrayList<>();
		for (VEvent vevent : calendar.<VEvent>getComponents(Component.VEVENT)) {
			(vevent.getProperty(Property.RECURRENCE_ID).isPresent() ? changed : series).add(vevent);
		}
		Map<String, List<VEvent>> movedById = new HashMap<>();
		for (VEvent vevent : changed) {
			movedById.computeIfAbsent(idFromUid(text(vevent, Property.UID).orElse("")), id -> new ArrayList<>())
				.add(vevent);
		}
		List<Event> events = new ArrayList<>();
		for (VEvent vevent : series) {
			events.add(event(file, vevent,
					movedById.getOrDefault(idFromUid(text(vevent, Property.UID).orElse("")), List.of())));
		}
		return events;
	}

	/** The line of a file that holds a text, 0 if none does. */
	private static int lineOf(ContentFile file, String text) {
		String[] lines = file.text().split("\\R");
		for (int i = 0; i < lines.length; i++) {
			if (lines[i].strip().equalsIgnoreCase(text.strip())) {
				return i + 1;
			}
		}
		return 0;
	}

	/**
	 * @param moved changed dates of this series (same UID with a RECURRENCE-ID): the
	 * original date is left out and the new one added
	 */
	private Event event(ContentFile file, VEvent vevent, List<VEvent> moved) {
		String uid = text(vevent, Property.UID).orElse(null);
		String title = text(vevent, Property.SUMMARY).orElse(null);
		if (uid == null || title == null) {
			throw new ContentException(file.name(), 0,
					"every VEVENT needs a UID and a SUMMARY (event '" + title + "')");
		}
		DateProperty<?> startProperty = vevent.getStartDate()
			.orElseThrow(() -> new ContentException(file.name(), 0, "event '" + title + "' has no DTSTART"));
		Temporal startValue = startProperty.getDate();
		ZoneId eventZone = zoneOf(startProperty);
		ZonedDateTime start = zoned(startValue).withZoneSameInstant(eventZone);
		boolean allDay = startValue instanceof LocalDate;
		Optional<ZonedDateTime> end = vevent.getEndDate(false)
			.map(e -> zoned(((DateProperty<?>) e).getDate()).withZoneSameInstant(eventZone));
		if (allDay) {
			// DTEND of an all-day event is the day after its last day
			end = end.map(e -> e.minusDays(1)).filter(e -> e.isAfter(start));
		}
		Optional<Recurrence> recurrence = Optional.empty();
		Optional<Property> rule = vevent.getProperty(Property.RRULE);
		if (rule.isPresent()) {
			Set<Instant> exceptions = new HashSet<>();
			List<ZonedDateTime> additions = new ArrayList<>();
			for (VEvent change : moved) {
				exceptions.add(zoned(((DateProperty<?>) change.getProperty(Property.RECURRENCE_ID).get()).getDate())
					.toInstant());
				change.getStartDate()
					.ifPresent(
							d -> additions.add(zoned(((DateProperty<?>) d).getDate()).withZoneSameInstant(eventZone)));
			}
			for (Property rdate : vevent.getProperties(Property.RDATE)) {
				for (Object date : ((RDate<?>) rdate).getDates()) {
					additions.add(zoned((Temporal) date).withZoneSameInstant(eventZone));
				}
			}
			for (Property exdate : vevent.getProperties(Property.EXDATE)) {
				for (Object date : ((ExDate<?>) exdate).getDates()) {
					exceptions.add(zoned((Temporal) date).toInstant());
				}
			}
			try {
				try {
					recurrence = Optional.of(new Recurrence(rule.get().getValue(), exceptions, additions));
				}
				catch (IllegalArgumentException ex) {
					throw new ContentException(file.name(), lineOf(file, "RRULE:" + rule.get().getValue()),
							"event '" + title + "': " + ex.getMessage());
				}
			}
			catch (IllegalArgumentException ex) {
				throw new ContentException(file.name(), 0, "event '" + title + "': " + ex.getMessage(), ex);
			}
		}
		return new Event(idFromUid(uid), title, start, end, allDay, text(vevent, Property.LOCATION),
				text(vevent, Property.DESCRIPTION), organiser(vevent), text(vevent, Property.URL),
				text(vevent, Property.CATEGORIES).map(c -> List.of(c.split(","))).orElse(List.of()), recurrence);
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

	/**
	 * The standard time zone a date is given in. A calendar's own VTIMEZONE gives ical4j
	 * times in a private zone; series are expanded in the standard zone of the same name
	 * (or the municipality's).
	 */
	private ZoneId zoneOf(DateProperty<?> property) {
		Optional<Parameter> tzid = property.getParameter(Parameter.TZID);
		if (tzid.isPresent() && ZoneId.getAvailableZoneIds().contains(tzid.get().getValue())) {
			return ZoneId.of(tzid.get().getValue());
		}
		return this.zone;
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

}
