package de.rathausbot.dialogue.answers;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import de.rathausbot.dialogue.time.Formats;
import de.rathausbot.dialogue.time.TimeQuery;
import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.DayHours;
import de.rathausbot.knowledge.OfficeHours;
import de.rathausbot.knowledge.OpeningHours;
import de.rathausbot.knowledge.TimeRange;

/**
 * Answers about a contact: opening hours at a time, address, phone, fax, e-mail, person.
 */
final class ContactAnswers {

	private final OfficeHours officeHours;

	ContactAnswers(OfficeHours officeHours) {
		this.officeHours = officeHours;
	}

	String answer(Contact contact, Optional<Attribute> attribute, Optional<TimeQuery> time, ZonedDateTime now) {
		String name = "**" + contact.name() + "**";
		return switch (attribute.orElse(time.isPresent() ? Attribute.HOURS : Attribute.PERSON)) {
			case HOURS -> hours(contact, time, now);
			case ADDRESS ->
				contact.address().map(a -> name + " – Adresse: " + a.oneLine()).orElseGet(() -> card(contact, now));
			case PHONE -> contact.phone()
				.map(p -> name + " – Telefon: " + p + hoursHint(contact))
				.orElseGet(() -> "Eine Telefonnummer habe ich dafür nicht.\n\n" + card(contact, now));
			case FAX -> contact.fax()
				.map(f -> name + " – Fax: " + f)
				.orElseGet(() -> "Eine Faxnummer habe ich dafür nicht.\n\n" + card(contact, now));
			case EMAIL -> contact.email()
				.map(e -> name + " – E-Mail: " + e)
				.orElseGet(() -> "Eine E-Mail-Adresse habe ich dafür nicht.\n\n" + card(contact, now));
			case WEBSITE -> contact.website().map(w -> name + " im Internet: " + w).orElseGet(() -> card(contact, now));
			default -> card(contact, now);
		};
	}

	/** Everything known about the contact, one fact per line. */
	String card(Contact contact, ZonedDateTime now) {
		List<String> lines = new ArrayList<>();
		lines.add("**" + contact.name() + "**");
		String role = joinPresent(contact.role(), contact.organisation());
		if (!role.isEmpty()) {
			lines.add(role);
		}
		contact.description().ifPresent(lines::add);
		contact.address().ifPresent(a -> lines.add("Adresse: " + a.oneLine()));
		contact.phone().ifPresent(p -> lines.add("Telefon: " + p));
		contact.fax().ifPresent(f -> lines.add("Fax: " + f));
		contact.email().ifPresent(e -> lines.add("E-Mail: " + e));
		contact.website().ifPresent(w -> lines.add("Internet: " + w));
		contact.openingHours().ifPresent(h -> lines.add("Öffnungszeiten: " + weekly(h) + " " + status(h, now)));
		return String.join("\n", lines);
	}

	private String hoursHint(Contact contact) {
		return contact.openingHours().map(h -> "\n\nÖffnungszeiten: " + weekly(h)).orElse("");
	}

	private String hours(Contact contact, Optional<TimeQuery> time, ZonedDateTime now) {
		String name = "**" + contact.name() + "**";
		if (contact.openingHours().isEmpty()) {
			return "Öffnungszeiten sind dafür nicht hinterlegt.\n\n" + card(contact, now);
		}
		OpeningHours hours = contact.openingHours().get();
		if (time.isEmpty()) {
			return name + " – Öffnungszeiten: " + weekly(hours) + "\n\n" + status(hours, now);
		}
		TimeQuery query = time.get();
		return switch (query.kind()) {
			case NOW -> now(name, hours, now);
			case DAY -> day(name, hours, query, now);
			case RANGE -> range(name, hours, query);
		};
	}

	private String now(String name, OpeningHours hours, ZonedDateTime now) {
		Optional<TimeRange> span = this.officeHours.currentSpan(hours, now);
		if (span.isPresent()) {
			String later = this.officeHours.day(hours, now.toLocalDate())
				.times()
				.stream()
				.filter(t -> t.start() >= span.get().end())
				.map(TimeRange::spoken)
				.collect(Collectors.joining(" und "));
			return name + ": Ja, jetzt geöffnet – heute (" + Formats.weekday(now.toLocalDate()) + ") bis "
					+ TimeRange.spoken(span.get().end()) + " Uhr."
					+ (later.isEmpty() ? "" : " Später wieder: " + later + ".");
		}
		return name + ": Nein, gerade geschlossen." + nextOpening(hours, now);
	}

	private String day(String name, OpeningHours hours, TimeQuery query, ZonedDateTime now) {
		DayHours day = this.officeHours.day(hours, query.from());
		String when = query.spoken();
		if (day.isClosed()) {
			Optional<String> reason = day.closure().or(() -> day.holiday().map(h -> h + ", Feiertag"));
			return name + ": " + withReason(when, reason) + " geschlossen."
					+ nextOpening(hours, query.from().atStartOfDay(now.getZone()));
		}
		String times = day.times().stream().map(TimeRange::spoken).collect(Collectors.joining(" und "));
		if (query.part().isPresent()) {
			TimeQuery.PartOfDay part = query.part().get();
			List<TimeRange> inPart = day.times().stream().filter(t -> t.overlaps(part.start(), part.end())).toList();
			if (inPart.isEmpty()) {
				return name + ": " + when + " " + part.name() + " geschlossen. An diesem Tag geöffnet: " + times + ".";
			}
			return name + ": Ja, " + when + " " + part.name() + " geöffnet: "
					+ inPart.stream().map(TimeRange::spoken).collect(Collectors.joining(" und ")) + ".";
		}
		int closing = day.times().get(day.times().size() - 1).end();
		if (query.from().equals(now.toLocalDate()) && now.getHour() * 60 + now.getMinute() >= closing) {
			return name + ": " + when + " war bis " + TimeRange.spoken(closing) + " Uhr geöffnet (" + times
					+ "), jetzt ist geschlossen." + nextOpening(hours, now);
		}
		return name + ": Ja, " + when + " bis " + TimeRange.spoken(closing) + " Uhr geöffnet (" + times + ").";
	}

	/** "am Donnerstag (06.05.2027, Christi Himmelfahrt, Feiertag)". */
	private static String withReason(String when, Optional<String> reason) {
		if (reason.isEmpty()) {
			return when;
		}
		return when.endsWith(")") ? when.substring(0, when.length() - 1) + ", " + reason.get() + ")"
				: when + " (" + reason.get() + ")";
	}

	private String range(String name, OpeningHours hours, TimeQuery query) {
		List<String> lines = new ArrayList<>();
		lines.add(name + " – Öffnungszeiten " + query.spoken() + ":");
		for (LocalDate date = query.from(); !date.isAfter(query.to()); date = date.plusDays(1)) {
			DayHours day = this.officeHours.day(hours, date);
			String times = day.isClosed()
					? "geschlossen" + day.closure().or(day::holiday).map(h -> " (" + h + ")").orElse("")
					: day.times().stream().map(TimeRange::spoken).collect(Collectors.joining(" und "));
			lines.add("- " + Formats.weekdayAndDate(date) + ": " + times);
		}
		return String.join("\n", lines);
	}

	/**
	 * " – jetzt geöffnet bis 12 Uhr." for a sentence about the contact, or nothing
	 * without hours.
	 */
	String statusLine(Contact contact, ZonedDateTime now) {
		return contact.openingHours().map(h -> " – " + Formats.uncapitalize(status(h, now))).orElse("");
	}

	/** "Jetzt geöffnet bis 12 Uhr." or "Jetzt geschlossen. Nächste Öffnung: …". */
	String status(OpeningHours hours, ZonedDateTime now) {
		Optional<TimeRange> span = this.officeHours.currentSpan(hours, now);
		if (span.isPresent()) {
			return "Jetzt geöffnet bis " + TimeRange.spoken(span.get().end()) + " Uhr.";
		}
		return "Jetzt geschlossen." + nextOpening(hours, now);
	}

	private String nextOpening(OpeningHours hours, ZonedDateTime after) {
		return this.officeHours.nextOpening(hours, after).map(next -> {
			String day = next.toLocalDate().equals(after.toLocalDate()) ? "heute"
					: next.toLocalDate().equals(after.toLocalDate().plusDays(1))
							? "morgen, " + Formats.weekdayAndDate(next.toLocalDate())
							: Formats.weekdayAndDate(next.toLocalDate());
			return " Nächste Öffnung: " + day + ", " + Formats.time(next) + ".";
		}).orElse("");
	}

	/**
	 * "Montag bis Mittwoch 8–12 Uhr; Donnerstag 8–12 und 14–18 Uhr; …; an Feiertagen
	 * geschlossen".
	 */
	String weekly(OpeningHours hours) {
		List<String> parts = new ArrayList<>();
		for (OfficeHours.WeekdayGroup group : this.officeHours.regularWeek(hours)) {
			String days = group.from() == group.to() ? Formats.weekday(group.from())
					: Formats.weekday(group.from())
							+ (group.to().getValue() - group.from().getValue() == 1 ? " und " : " bis ")
							+ Formats.weekday(group.to());
			String times = group.times().isEmpty() ? "geschlossen"
					: group.times().stream().map(TimeRange::spoken).collect(Collectors.joining(" und "));
			parts.add(days + " " + times);
		}
		boolean holidaysClosed = this.officeHours.day(hours, LocalDate.of(2024, 12, 25)).isClosed();
		return String.join("; ", parts) + (holidaysClosed ? "; an Feiertagen geschlossen." : ".");
	}

	private static String joinPresent(Optional<String> a, Optional<String> b) {
		return java.util.stream.Stream.of(a, b).flatMap(Optional::stream).collect(Collectors.joining(", "));
	}

}
