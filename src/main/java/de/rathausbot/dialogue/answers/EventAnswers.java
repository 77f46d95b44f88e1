package de.rathausbot.dialogue.answers;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.rathausbot.dialogue.time.Formats;
import de.rathausbot.dialogue.time.TimeQuery;
import de.rathausbot.knowledge.Event;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.knowledge.Occurrence;

/**
 * Answers about events: one event told in the past or future tense (a series with its
 * rule and next date), or the dates of a period in date order. "No events then" is an
 * answer, not a fallback.
 */
public final class EventAnswers {

	private static final int MAX_LISTED = 10;

	private final KnowledgeBase knowledge;

	EventAnswers(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	/** One event; with a time asked, whether and when it takes place then. */
	String one(Event event, Optional<TimeQuery> time, ZonedDateTime now) {
		if (time.isPresent() && time.get().kind() != TimeQuery.Kind.NOW && event.recurs()) {
			return onDays(event, time.get(), now);
		}
		StringBuilder text = new StringBuilder("**" + event.title() + "** ");
		if (event.recurs()) {
			Optional<Occurrence> next = event.next(now);
			Optional<Occurrence> last = event.last(now);
			text.append(next.isPresent() ? "findet " : "fand ").append(RecurrenceWords.spoken(event));
			times(event).ifPresent(t -> text.append(' ').append(t));
			event.location().ifPresent(l -> text.append(" in ").append(l));
			text.append(" statt.");
			next.ifPresent(o -> text.append(" Nächster Termin: ").append(date(o)).append('.'));
			if (next.isEmpty()) {
				last.ifPresent(o -> text.append(" Zuletzt ").append(when(o)).append('.'));
			}
		}
		else {
			Occurrence only = event.first();
			text.append(only.isOver(now) ? "fand " : "findet ").append(when(only));
			event.location().ifPresent(l -> text.append(" in ").append(l));
			text.append(" statt.");
		}
		event.description().ifPresent(d -> text.append("\n\n").append(d));
		event.organiser().ifPresent(o -> text.append("\n\nVeranstalter: ").append(o));
		return text.toString();
	}

	/** "Am Samstag (28.11.): Wochenmarkt von 7 bis 13 Uhr." or that it does not. */
	private String onDays(Event event, TimeQuery time, ZonedDateTime now) {
		List<Occurrence> dates = occurrences(event, time, now);
		String when = Formats.capitalize(time.spoken());
		if (dates.isEmpty()) {
			Optional<Occurrence> next = event.next(time.to().plusDays(1).atStartOfDay(now.getZone()));
			return when + " findet **" + event.title() + "** nicht statt."
					+ next.map(o -> " Nächster Termin danach: " + date(o) + ".").orElse("");
		}
		if (dates.size() == 1) {
			Occurrence only = dates.get(0);
			return "**" + event.title() + "** " + (only.isOver(now) ? "fand " : "findet ") + when(only)
					+ event.location().map(l -> " in " + l).orElse("") + " statt.";
		}
		return list(dates, now, "**" + event.title() + "** " + time.spoken() + ":");
	}

	/** The dates of a list, a series shown once with its rule and number of dates. */
	public String list(List<Occurrence> dates, ZonedDateTime now, String heading) {
		Map<Event, List<Occurrence>> byEvent = new LinkedHashMap<>();
		for (Occurrence date : dates) {
			byEvent.computeIfAbsent(date.event(), e -> new ArrayList<>()).add(date);
		}
		List<String> lines = new ArrayList<>();
		lines.add(heading);
		byEvent.values().stream().limit(MAX_LISTED).forEach(ds -> lines.add("- " + line(ds, now)));
		if (byEvent.size() > MAX_LISTED) {
			lines.add("… und " + (byEvent.size() - MAX_LISTED) + " weitere.");
		}
		return String.join("\n", lines);
	}

	/** Events in a period, or the upcoming ones when no period was asked. */
	public String calendar(Optional<TimeQuery> time, ZonedDateTime now) {
		if (time.isPresent() && time.get().kind() != TimeQuery.Kind.NOW) {
			List<Occurrence> inRange = between(time.get(), now);
			if (inRange.isEmpty()) {
				return Formats.capitalize(time.get().spoken())
						+ " sind keine Veranstaltungen in meinem Kalender eingetragen.";
			}
			return list(inRange, now, "Veranstaltungen " + time.get().spoken() + ":");
		}
		List<Occurrence> upcoming = this.knowledge.events()
			.stream()
			.flatMap(e -> e.next(now).stream())
			.sorted(Comparator.comparing(Occurrence::start))
			.toList();
		if (!upcoming.isEmpty()) {
			return list(upcoming, now, "Die nächsten Veranstaltungen:");
		}
		List<Occurrence> recent = this.knowledge.events()
			.stream()
			.flatMap(e -> e.last(now).stream())
			.sorted(Comparator.comparing(Occurrence::start).reversed())
			.limit(5)
			.toList();
		return "Derzeit sind keine kommenden Veranstaltungen eingetragen."
				+ (recent.isEmpty() ? "" : "\n\n" + list(recent, now, "Zuletzt:"));
	}

	/** The dates of all events in the period asked, in date order. */
	List<Occurrence> between(TimeQuery time, ZonedDateTime now) {
		return between(this.knowledge.events(), time, now);
	}

	/** The dates of the given events in the period asked, in date order. */
	public static List<Occurrence> between(List<Event> events, TimeQuery time, ZonedDateTime now) {
		return events.stream()
			.flatMap(e -> occurrences(e, time, now).stream())
			.sorted(Comparator.comparing(Occurrence::start))
			.toList();
	}

	private static List<Occurrence> occurrences(Event event, TimeQuery time, ZonedDateTime now) {
		ZonedDateTime from = time.from().atStartOfDay(now.getZone());
		ZonedDateTime to = time.to().plusDays(1).atStartOfDay(now.getZone());
		return event.occurrences(from, to).stream().filter(o -> o.start().isBefore(to)).toList();
	}

	private static String line(List<Occurrence> dates, ZonedDateTime now) {
		Occurrence first = dates.get(0);
		Event event = first.event();
		String line = when(first) + ": **" + event.title() + "**" + event.location().map(l -> " – " + l).orElse("");
		if (event.recurs()) {
			line += " (" + RecurrenceWords.spoken(event)
					+ (dates.size() > 1 ? ", " + dates.size() + " Termine in diesem Zeitraum" : "") + ")";
		}
		return line + (dates.stream().allMatch(o -> o.isOver(now)) ? " – vorbei" : "");
	}

	/** "am Montag, 07.10.2019 von 9 bis 17 Uhr". */
	static String when(Occurrence date) {
		String when = "am " + date(date);
		if (date.event().allDay()
				&& date.end().filter(e -> !e.toLocalDate().equals(date.start().toLocalDate())).isPresent()) {
			return "vom " + Formats.weekdayAndDate(date.start().toLocalDate()) + " bis "
					+ Formats.weekdayAndDate(date.end().get().toLocalDate());
		}
		return when + times(date).map(t -> " " + t).orElse("");
	}

	private static String date(Occurrence date) {
		return Formats.weekdayAndDate(date.start().toLocalDate());
	}

	/** "von 9 bis 17 Uhr" or "um 9 Uhr"; nothing for all-day events. */
	private static Optional<String> times(Occurrence date) {
		if (date.event().allDay()) {
			return Optional.empty();
		}
		Optional<ZonedDateTime> end = date.end();
		if (end.isPresent() && end.get().toLocalDate().equals(date.start().toLocalDate())) {
			return Optional
				.of("von " + Formats.time(date.start()).replace(" Uhr", "") + " bis " + Formats.time(end.get()));
		}
		return Optional.of("um " + Formats.time(date.start()));
	}

	private static Optional<String> times(Event event) {
		return times(event.first());
	}

}
