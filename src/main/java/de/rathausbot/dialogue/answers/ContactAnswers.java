package de.rathausbot.dialogue.answers;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.rathausbot.dialogue.AnswerTexts;
import de.rathausbot.dialogue.time.TimeQuery;
import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.DayHours;
import de.rathausbot.knowledge.OfficeHours;
import de.rathausbot.knowledge.OpeningHours;
import de.rathausbot.knowledge.TimeRange;

/**
 * Answers about a contact: opening hours at a time, address, phone, fax, e-mail, person;
 * in the citizen's language ({@link AnswerTexts}).
 */
final class ContactAnswers {

	private final OfficeHours officeHours;

	ContactAnswers(OfficeHours officeHours) {
		this.officeHours = officeHours;
	}

	String answer(Contact contact, Optional<Attribute> attribute, Optional<TimeQuery> time, ZonedDateTime now,
			AnswerTexts t) {
		String name = "**" + contact.name() + "**";
		return switch (attribute.orElse(time.isPresent() ? Attribute.HOURS : Attribute.PERSON)) {
			case HOURS -> hours(contact, time, now, t);
			case ADDRESS -> contact.address()
				.map(a -> t.get("contact.address", name, a.oneLine()))
				.orElseGet(() -> card(contact, now, t));
			case PHONE -> contact.phone()
				.map(p -> t.get("contact.phone", name, p) + hoursHint(contact, t))
				.orElseGet(() -> t.get("contact.noPhone") + "\n\n" + card(contact, now, t));
			case FAX -> contact.fax()
				.map(f -> t.get("contact.fax", name, f))
				.orElseGet(() -> t.get("contact.noFax") + "\n\n" + card(contact, now, t));
			case EMAIL -> contact.email()
				.map(e -> t.get("contact.email", name, e))
				.orElseGet(() -> t.get("contact.noEmail") + "\n\n" + card(contact, now, t));
			case WEBSITE ->
				contact.website().map(w -> t.get("contact.website", name, w)).orElseGet(() -> card(contact, now, t));
			default -> card(contact, now, t);
		};
	}

	/** Everything known about the contact, one fact per line. */
	String card(Contact contact, ZonedDateTime now, AnswerTexts t) {
		List<String> lines = new ArrayList<>();
		lines.add("**" + contact.name() + "**");
		String role = joinPresent(contact.role(), contact.organisation());
		if (!role.isEmpty()) {
			lines.add(role);
		}
		contact.description().ifPresent(lines::add);
		contact.address().ifPresent(a -> lines.add(t.get("card.address", a.oneLine())));
		contact.phone().ifPresent(p -> lines.add(t.get("card.phone", p)));
		contact.fax().ifPresent(f -> lines.add(t.get("card.fax", f)));
		contact.email().ifPresent(e -> lines.add(t.get("card.email", e)));
		contact.website().ifPresent(w -> lines.add(t.get("card.website", w)));
		contact.openingHours().ifPresent(h -> lines.add(t.get("card.hours", weekly(h, t)) + " " + status(h, now, t)));
		return String.join("\n", lines);
	}

	private String hoursHint(Contact contact, AnswerTexts t) {
		return contact.openingHours().map(h -> "\n\n" + t.get("card.hours", weekly(h, t))).orElse("");
	}

	private String hours(Contact contact, Optional<TimeQuery> time, ZonedDateTime now, AnswerTexts t) {
		String name = "**" + contact.name() + "**";
		if (contact.openingHours().isEmpty()) {
			return t.get("hours.none") + "\n\n" + card(contact, now, t);
		}
		OpeningHours hours = contact.openingHours().get();
		if (time.isEmpty()) {
			return t.get("hours.week", name, weekly(hours, t)) + "\n\n" + status(hours, now, t);
		}
		TimeQuery query = time.get();
		return switch (query.kind()) {
			case NOW -> now(name, hours, now, t);
			case DAY -> day(name, hours, query, now, t);
			case RANGE -> range(name, hours, query, now, t);
		};
	}

	private String now(String name, OpeningHours hours, ZonedDateTime now, AnswerTexts t) {
		Optional<TimeRange> span = this.officeHours.currentSpan(hours, now);
		if (span.isPresent()) {
			List<String> later = this.officeHours.day(hours, now.toLocalDate())
				.times()
				.stream()
				.filter(r -> r.start() >= span.get().end())
				.map(r -> t.span(r.start(), r.end()))
				.toList();
			return t.get("hours.openNow", name, t.weekday(now.getDayOfWeek()), t.clock(span.get().end()))
					+ (later.isEmpty() ? "" : " " + t.get("hours.laterAgain", String.join(and(t), later)));
		}
		return t.get("hours.closedNow", name) + nextOpening(hours, now, t);
	}

	private String day(String name, OpeningHours hours, TimeQuery query, ZonedDateTime now, AnswerTexts t) {
		DayHours day = this.officeHours.day(hours, query.from());
		String when = Occasions.when(query, now, t);
		if (day.isClosed()) {
			Optional<String> reason = day.closure().or(() -> day.holiday().map(h -> t.get("hours.holiday", h)));
			return t.get("hours.closedOn", name, withReason(when, reason))
					+ nextOpening(hours, query.from().atStartOfDay(now.getZone()), t);
		}
		String times = spans(day.times(), t);
		if (query.part().isPresent()) {
			TimeQuery.PartOfDay part = query.part().get();
			List<TimeRange> inPart = day.times().stream().filter(r -> r.overlaps(part.start(), part.end())).toList();
			String partName = Occasions.partOfDay(part, t);
			if (inPart.isEmpty()) {
				return t.get("hours.closedInPart", name, when, partName, times);
			}
			return t.get("hours.openInPart", name, when, partName, spans(inPart, t));
		}
		int closing = day.times().get(day.times().size() - 1).end();
		if (query.from().equals(now.toLocalDate()) && now.getHour() * 60 + now.getMinute() >= closing) {
			return t.get("hours.wasOpen", name, when, t.clock(closing), times) + nextOpening(hours, now, t);
		}
		return t.get("hours.openOn", name, when, t.clock(closing), times);
	}

	/** "am Donnerstag (06.05.2027, Christi Himmelfahrt, Feiertag)". */
	private static String withReason(String when, Optional<String> reason) {
		if (reason.isEmpty()) {
			return when;
		}
		return when.endsWith(")") ? when.substring(0, when.length() - 1) + ", " + reason.get() + ")"
				: when + " (" + reason.get() + ")";
	}

	private String range(String name, OpeningHours hours, TimeQuery query, ZonedDateTime now, AnswerTexts t) {
		List<String> lines = new ArrayList<>();
		lines.add(t.get("hours.range", name, Occasions.when(query, now, t)));
		for (LocalDate date = query.from(); !date.isAfter(query.to()); date = date.plusDays(1)) {
			DayHours day = this.officeHours.day(hours, date);
			String times = day.isClosed()
					? t.get("hours.closed") + day.closure().or(day::holiday).map(h -> " (" + h + ")").orElse("")
					: spans(day.times(), t);
			lines.add("- " + t.weekdayAndDate(date) + ": " + times);
		}
		return String.join("\n", lines);
	}

	/**
	 * " – jetzt geöffnet bis 12 Uhr." for a sentence about the contact, or nothing
	 * without hours.
	 */
	String statusLine(Contact contact, ZonedDateTime now, AnswerTexts t) {
		return contact.openingHours()
			.map(h -> " – " + de.rathausbot.dialogue.time.Formats.uncapitalize(status(h, now, t)))
			.orElse("");
	}

	String status(OpeningHours hours, ZonedDateTime now) {
		return status(hours, now, AnswerTexts.GERMAN);
	}

	/** "Jetzt geöffnet bis 12 Uhr." or "Jetzt geschlossen. Nächste Öffnung: …". */
	String status(OpeningHours hours, ZonedDateTime now, AnswerTexts t) {
		Optional<TimeRange> span = this.officeHours.currentSpan(hours, now);
		if (span.isPresent()) {
			return t.get("hours.statusOpen", t.clock(span.get().end()));
		}
		return t.get("hours.statusClosed") + nextOpening(hours, now, t);
	}

	private String nextOpening(OpeningHours hours, ZonedDateTime after, AnswerTexts t) {
		return this.officeHours.nextOpening(hours, after).map(next -> {
			LocalDate day = next.toLocalDate();
			String clock = t.clock(next.getHour() * 60 + next.getMinute());
			String sentence = day.equals(after.toLocalDate()) ? t.get("hours.nextToday", clock)
					: day.equals(after.toLocalDate().plusDays(1))
							? t.get("hours.nextTomorrow", t.weekdayAndDate(day), clock)
							: t.get("hours.nextDay", t.weekdayAndDate(day), clock);
			return " " + sentence;
		}).orElse("");
	}

	String weekly(OpeningHours hours) {
		return weekly(hours, AnswerTexts.GERMAN);
	}

	/**
	 * "Montag bis Mittwoch 8–12 Uhr; Donnerstag 8–12 und 14–18 Uhr; …; an Feiertagen
	 * geschlossen".
	 */
	String weekly(OpeningHours hours, AnswerTexts t) {
		List<String> parts = new ArrayList<>();
		for (OfficeHours.WeekdayGroup group : this.officeHours.regularWeek(hours)) {
			String days = group.from() == group.to() ? t.weekday(group.from()) : t.weekday(group.from()) + " "
					+ (group.to().getValue() - group.from().getValue() == 1 ? t.get("word.and") : t.get("word.to"))
					+ " " + t.weekday(group.to());
			String times = group.times().isEmpty() ? t.get("hours.closed") : spans(group.times(), t);
			parts.add(days + " " + times);
		}
		boolean holidaysClosed = this.officeHours.day(hours, LocalDate.of(2024, 12, 25)).isClosed();
		return String.join("; ", parts) + (holidaysClosed ? "; " + t.get("hours.holidaysClosed") + "." : ".");
	}

	/** "8–12 Uhr und 14–18 Uhr". */
	private static String spans(List<TimeRange> ranges, AnswerTexts t) {
		return String.join(and(t), ranges.stream().map(r -> t.span(r.start(), r.end())).toList());
	}

	private static String and(AnswerTexts t) {
		return " " + t.get("word.and") + " ";
	}

	private static String joinPresent(Optional<String> a, Optional<String> b) {
		return java.util.stream.Stream.of(a, b)
			.flatMap(Optional::stream)
			.collect(java.util.stream.Collectors.joining(", "));
	}

}
