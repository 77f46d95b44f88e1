package de.rathausbot.dialogue.time;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import de.rathausbot.knowledge.PublicHolidays;
import de.rathausbot.nlu.GermanFolding;

/**
 * The next date of a holiday named in a question ("an Heilige Drei Könige", "an
 * Weihnachten", "an Christi Himmelfahrt"), whether or not it is a public holiday.
 */
final class HolidayDates {

	/** Checked in order: "zweiter Weihnachtsfeiertag" before "Weihnachten". */
	private static final List<Alias> ALIASES = List.of(
			fixed("heilige(n)? drei koenige|dreikoenig|epiphan", MonthDay.of(1, 6)),
			fixed("heiligabend|heiliger abend|christmas eve", MonthDay.of(12, 24)),
			fixed("silvester|new year'?s eve", MonthDay.of(12, 31)),
			fixed("zweite[nr]? weihnachts|2\\. weihnachts|stephan", MonthDay.of(12, 26)),
			fixed("weihnacht|christmas", MonthDay.of(12, 25)), fixed("neujahr|new year", MonthDay.of(1, 1)),
			fixed("tag der arbeit|maifeiertag|1\\. mai", MonthDay.of(5, 1)),
			fixed("tag der deutschen einheit|einheitsfeiertag", MonthDay.of(10, 3)),
			fixed("allerheiligen", MonthDay.of(11, 1)), movable("himmelfahrt|ascension", "himmelfahrt"),
			movable("karfreitag|good friday", "karfreitag"), movable("ostermontag|easter monday", "ostermontag"),
			movable("pfingstmontag|whit monday", "pfingstmontag"),
			movable("fronleichnam|corpus christi", "fronleichnam"));

	private final PublicHolidays holidays;

	HolidayDates(PublicHolidays holidays) {
		this.holidays = holidays;
	}

	/** The next date (today or later) of the first holiday named in the folded text. */
	public Optional<LocalDate> find(String foldedText, LocalDate today) {
		for (Alias alias : ALIASES) {
			if (alias.pattern().matcher(foldedText).find()) {
				return alias.fixed() != null ? Optional.of(next(alias.fixed(), today))
						: nextNamed(alias.holidayName(), today);
			}
		}
		return Optional.empty();
	}

	/** Movable feasts, found by (part of) their German name in the holiday calendar. */
	private Optional<LocalDate> nextNamed(String foldedName, LocalDate today) {
		for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
			for (Map.Entry<LocalDate, String> entry : this.holidays.holidays(year).entrySet()) {
				if (!entry.getKey().isBefore(today) && GermanFolding.fold(entry.getValue()).contains(foldedName)) {
					return Optional.of(entry.getKey());
				}
			}
		}
		return Optional.empty();
	}

	private static LocalDate next(MonthDay day, LocalDate today) {
		LocalDate date = day.atYear(today.getYear());
		return date.isBefore(today) ? day.atYear(today.getYear() + 1) : date;
	}

	private static Alias fixed(String regex, MonthDay day) {
		return new Alias(Pattern.compile(regex), day, null);
	}

	private static Alias movable(String regex, String holidayName) {
		return new Alias(Pattern.compile(regex), null, holidayName);
	}

	/**
	 * Words citizens use for a holiday: a fixed date, or a name in the holiday calendar.
	 */
	private record Alias(Pattern pattern, MonthDay fixed, String holidayName) {
	}

}
