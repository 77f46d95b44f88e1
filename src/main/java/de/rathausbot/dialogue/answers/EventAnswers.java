package de.rathausbot.dialogue.answers;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.rathausbot.dialogue.AnswerTexts;
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
	String one(Event event, Optional<TimeQuery> time, ZonedDateTime now, AnswerTexts t) {
		if (time.isPresent() && time.get().kind() != TimeQuery.Kind.NOW && event.recurs()) {
			return onDays(event, time.get(), now, t);
		}
		String title = "**" + event.title() + "**";
		String place = event.location().map(l -> " " + t.get("event.in", l)).orElse("");
		StringBuilder text = new StringBuilder();
		if (event.recurs()) {
			Optional<Occurrence> next = event.next(now);
			Optional<Occurrence> last = event.last(now);
			String details = RecurrenceWords.spoken(event, t) + times(event.first(), t).map(s -> " " + s).orElse("")
					+ place;
			text.append(t.get(next.isPresent() ? "event.takesPlace" : "event.tookPlace", title, details));
			next.ifPresent(o -> text.append(' ').append(t.get("event.next", date(o, t))));
			if (next.isEmpty()) {
				last.ifPresent(o -> text.append(' ').append(t.get("event.last", when(o, t))));
			}
		}
		else {
			Occurrence only = event.first();
			text.append(t.get(only.isOver(now) ? "event.tookPlace" : "event.takesPlace", title, when(only, t) + place));
		}
		event.description().ifPresent(d -> text.append("\n\n").append(d));
		event.organiser().ifPresent(o -> text.append("\n\n").append(t.get("event.organiser", o)));
		return text.toString();
	}

	/** "Am Samstag (28.11.): Wochenmarkt von 7 bis 13 Uhr." or that it does not. */
	private String onDays(Event event, TimeQuery time, ZonedDateTime now, AnswerTexts t) {
		List<Occurrence> dates = occurrences(event, time, now);
		String when = Occasions.when(time, now, t);
		String title = "**" + event.title() + "**";
		if (dates.isEmpty()) {
			Optional<Occurrence> next = event.next(time.to().plusDays(1).atStartOfDay(now.getZone()));
			return t.get("event.notThen", Formats.capitalize(when), title, when)
					+ next.map(o -> " " + t.get("event.nextAfter", date(o, t))).orElse("");
		}
		if (dates.size() == 1) {
			Occurrence only = dates.get(0);
			return t.get(only.isOver(now) ? "event.tookPlace" : "event.takesPlace", title,
					when(only, t) + event.location().map(l -> " " + t.get("event.in", l)).orElse(""));
		}
		return list(dates, now, title + " " + when + ":", t);
	}

	/** The dates of a list, a series shown once with its rule and number of dates. */
	public String list(List<Occurrence> dates, ZonedDateTime now, String heading, AnswerTexts t) {
		Map<Event, List<Occurrence>> byEvent = new LinkedHashMap<>();
		for (Occurrence date : dates) {
			byEvent.computeIfAbsent(date.event(), e -> new ArrayList<>()).add(date);
		}
		List<String> lines = new ArrayList<>();
		lines.add(heading);
		byEvent.values().stream().limit(MAX_LISTED).forEach(ds -> lines.add("- " + line(ds, now, t)));
		if (byEvent.size() > MAX_LISTED) {
			lines.add(t.get("event.more", byEvent.size() - MAX_LISTED));
		}
		return String.join("\n", lines);
	}

	/** Events in a period, or the upcoming ones when no period was asked. */
	public String calendar(Optional<TimeQuery> time, ZonedDateTime now, AnswerTexts t) {
		if (time.isPresent() && time.get().kind() != TimeQuery.Kind.NOW) {
			List<Occurrence> inRange = between(time.get(), now);
			String when = Occasions.when(time.get(), now, t);
			if (inRange.isEmpty()) {
				return t.get("event.none", Formats.capitalize(when), when);
			}
			return list(inRange, now, t.get("event.period", when), t);
		}
		List<Occurrence> upcoming = this.knowledge.events()
			.stream()
			.flatMap(e -> e.next(now).stream())
			.sorted(Comparator.comparing(Occurrence::start))
			.toList();
		if (!upcoming.isEmpty()) {
			return list(upcoming, now, t.get("event.upcoming"), t);
		}
		List<Occurrence> recent = this.knowledge.events()
			.stream()
			.flatMap(e -> e.last(now).stream())
			.sorted(Comparator.comparing(Occurrence::start).reversed())
			.limit(5)
			.toList();
		return t.get("event.noneUpcoming")
				+ (recent.isEmpty() ? "" : "\n\n" + list(recent, now, t.get("event.recent"), t));
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

	private String line(List<Occurrence> dates, ZonedDateTime now, AnswerTexts t) {
		Occurrence first = dates.get(0);
		// its title and place as translated for the answer's language
		Event event = this.knowledge.current().translations().in(first.event(), t.language());
		String line = when(first, t) + ": **" + event.title() + "**" + event.location().map(l -> " – " + l).orElse("");
		if (event.recurs()) {
			line += " (" + RecurrenceWords.spoken(event, t)
					+ (dates.size() > 1 ? ", " + t.get("event.datesInPeriod", dates.size()) : "") + ")";
		}
		return line + (dates.stream().allMatch(o -> o.isOver(now)) ? " – " + t.get("event.over") : "");
	}

	static String when(Occurrence date) {
		return when(date, AnswerTexts.GERMAN);
	}

	/** "am Montag, 07.10.2019 von 9 bis 17 Uhr". */
	static String when(Occurrence date, AnswerTexts t) {
		if (date.event().allDay()
				&& date.end().filter(e -> !e.toLocalDate().equals(date.start().toLocalDate())).isPresent()) {
			return t.get("event.fromTo", t.weekdayAndDate(date.start().toLocalDate()),
					t.weekdayAndDate(date.end().get().toLocalDate()));
		}
		return t.get("event.on", date(date, t)) + times(date, t).map(s -> " " + s).orElse("");
	}

	private static String date(Occurrence date, AnswerTexts t) {
		return t.weekdayAndDate(date.start().toLocalDate());
	}

	/** "von 9 bis 17 Uhr" or "um 9 Uhr"; nothing for all-day events. */
	private static Optional<String> times(Occurrence date, AnswerTexts t) {
		if (date.event().allDay()) {
			return Optional.empty();
		}
		int start = minutes(date.start());
		Optional<ZonedDateTime> end = date.end();
		if (end.isPresent() && end.get().toLocalDate().equals(date.start().toLocalDate())) {
			return Optional.of(t.get("event.timeSpan", t.spoken(start), t.clock(minutes(end.get())), t.clock(start)));
		}
		return Optional.of(t.get("event.timeAt", t.clock(start)));
	}

	private static int minutes(ZonedDateTime time) {
		return time.getHour() * 60 + time.getMinute();
	}

}
