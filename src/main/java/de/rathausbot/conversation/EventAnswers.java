package de.rathausbot.conversation;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.rathausbot.knowledge.Event;
import de.rathausbot.knowledge.KnowledgeBase;

/**
 * Answers about events: one event told in the past or future tense, or the events of a
 * period in date order. "No events then" is an answer, not a fallback.
 */
final class EventAnswers {

	private static final int MAX_LISTED = 10;

	private final KnowledgeBase knowledge;

	EventAnswers(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	String one(Event event, ZonedDateTime now) {
		boolean past = event.end().orElse(event.start()).isBefore(now);
		StringBuilder text = new StringBuilder("**" + event.title() + "** ");
		text.append(past ? "fand " : "findet ").append(when(event));
		event.location().ifPresent(l -> text.append(" in ").append(l));
		text.append(" statt.");
		event.description().ifPresent(d -> text.append("\n\n").append(d));
		event.organiser().ifPresent(o -> text.append("\n\nVeranstalter: ").append(o));
		return text.toString();
	}

	String list(List<Event> events, ZonedDateTime now, String heading) {
		List<String> lines = new ArrayList<>();
		lines.add(heading);
		events.stream().limit(MAX_LISTED).forEach(e -> lines.add("- " + line(e, now)));
		if (events.size() > MAX_LISTED) {
			lines.add("… und " + (events.size() - MAX_LISTED) + " weitere.");
		}
		return String.join("\n", lines);
	}

	/** Events in a period, or the upcoming ones when no period was asked. */
	String calendar(Optional<TimeQuery> time, ZonedDateTime now) {
		if (time.isPresent() && time.get().kind() != TimeQuery.Kind.NOW) {
			List<Event> inRange = between(time.get().from(), time.get().to());
			if (inRange.isEmpty()) {
				return Formats.capitalize(time.get().spoken())
						+ " sind keine Veranstaltungen in meinem Kalender eingetragen.";
			}
			return list(inRange, now, "Veranstaltungen " + time.get().spoken() + ":");
		}
		List<Event> upcoming = this.knowledge.events().stream().filter(e -> !e.start().isBefore(now)).toList();
		if (!upcoming.isEmpty()) {
			return list(upcoming, now, "Die nächsten Veranstaltungen:");
		}
		List<Event> all = this.knowledge.events();
		List<Event> recent = new ArrayList<>(all.subList(Math.max(0, all.size() - 5), all.size()));
		java.util.Collections.reverse(recent);
		return "Derzeit sind keine kommenden Veranstaltungen eingetragen."
				+ (recent.isEmpty() ? "" : "\n\n" + list(recent, now, "Zuletzt:"));
	}

	/**
	 * Events that take place on any day from {@code from} to {@code to}, in date order.
	 */
	List<Event> between(LocalDate from, LocalDate to) {
		return this.knowledge.events()
			.stream()
			.filter(e -> !e.start().toLocalDate().isAfter(to)
					&& !e.end().orElse(e.start()).toLocalDate().isBefore(from))
			.toList();
	}

	private String line(Event event, ZonedDateTime now) {
		return when(event) + ": **" + event.title() + "**" + event.location().map(l -> " – " + l).orElse("")
				+ (event.end().orElse(event.start()).isBefore(now) ? " – vorbei" : "");
	}

	/** "am Montag, 07.10.2019 von 9 bis 17 Uhr". */
	static String when(Event event) {
		String date = "am " + Formats.weekdayAndDate(event.start().toLocalDate());
		if (event.allDay()) {
			return date;
		}
		Optional<ZonedDateTime> end = event.end();
		if (end.isPresent() && end.get().toLocalDate().equals(event.start().toLocalDate())) {
			return date + " von " + Formats.time(event.start()).replace(" Uhr", "") + " bis " + Formats.time(end.get());
		}
		return date + " um " + Formats.time(event.start());
	}

}
