package de.rathausbot.dialogue.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.rathausbot.knowledge.PublicHolidays;
import de.rathausbot.nlu.GermanFolding;

/**
 * Resolves German (and simple English) time expressions in a question against the clock:
 * jetzt, heute, morgen, übermorgen, weekdays (also in compounds like
 * "Freitagnachmittag"), vormittags/nachmittags/abends, Wochenende, diese/nächste Woche,
 * months with an optional year, dates like "12.11." and public holidays by name ("Heilige
 * Drei Könige", "Weihnachten").
 */
public final class TimeExpressions {

	private static final Pattern NOW = Pattern
		.compile("\\b(jetzt|gerade|aktuell|momentan|zurzeit|noch|now|currently|right now)\\b");

	private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.(\\s?(\\d{4}))?");

	private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

	private static final Pattern DAY_AFTER_TOMORROW = Pattern.compile("\\b(uebermorgen|day after tomorrow)\\b");

	private static final Pattern TOMORROW = Pattern.compile("\\b(morgen|tomorrow)\\b");

	private static final Pattern TODAY = Pattern.compile("\\b(heute|today|tonight)");

	private static final Pattern WEEKDAY = Pattern
		.compile("(" + String.join("|", TimeWords.WEEKDAYS) + ")|\\b(" + String.join("|", TimeWords.WEEKDAYS_EN) + ")");

	private static final Pattern NEXT = Pattern.compile("\\b(naechste[nmr]?|kommende[nmr]?|next)\\s+$");

	private static final Pattern NEXT_WEEK = Pattern.compile("\\b(naechste[nr]?|kommende[nr]?)\\s+woche|next week");

	private static final Pattern THIS_WEEK = Pattern.compile("\\bdiese[nr]?\\s+woche|this week");

	private static final Pattern MONTH = Pattern
		.compile("\\b(" + String.join("|", TimeWords.MONTHS) + "|" + String.join("|", TimeWords.MONTHS_EN) + ")\\b");

	private static final Pattern DAY_OF_MONTH = Pattern
		.compile("\\b(\\d{1,2})\\.?\\s+(" + String.join("|", TimeWords.MONTHS) + ")\\b(\\s+(\\d{4}))?");

	/** "24 December", "24th of December 2026". */
	private static final Pattern DAY_OF_MONTH_EN = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?("
			+ String.join("|", TimeWords.MONTHS_EN) + ")\\b(,?\\s+(\\d{4}))?");

	/** "December 24", "December 24th, 2026". */
	private static final Pattern MONTH_DAY_EN = Pattern.compile(
			"\\b(" + String.join("|", TimeWords.MONTHS_EN) + ")\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(,?\\s+(\\d{4}))?");

	/**
	 * A question in the past tense: a date or month without a year is the last one, not
	 * the next.
	 */
	private static final Pattern PAST = Pattern.compile(
			"\\b(war|waren|fand|fanden|gab|hatte|hatten|wurde|wurden|gewesen|stattgefunden|vergangen\\w*|letzte[nmrs]?|did|were)\\b");

	private static final Pattern IN_YEAR = Pattern.compile("\\b(im jahr|in)\\s+((19|20)\\d{2})\\b");

	private final HolidayDates holidays;

	public TimeExpressions(PublicHolidays holidays) {
		this.holidays = new HolidayDates(holidays);
	}

	public Optional<TimeQuery> find(String question, ZonedDateTime now) {
		String text = GermanFolding.fold(question);
		LocalDate today = now.toLocalDate();
		Optional<TimeQuery.PartOfDay> part = PartsOfDay.in(text);
		Optional<TimeQuery> found = holiday(text, today, part).or(() -> date(text, today, part))
			.or(() -> relativeDay(text, today, part))
			.or(() -> weekday(text, today, part))
			.or(() -> range(text, today))
			.or(() -> month(text, today));
		if (found.isPresent()) {
			return found;
		}
		if (part.isPresent() && PartsOfDay.namesAClockTime(text)) {
			// "um 17 Uhr" without a day: today
			return Optional.of(day(today, part, "heute (" + Formats.weekdayAndDate(today) + ")"));
		}
		if (NOW.matcher(text).find()) {
			return Optional.of(new TimeQuery(TimeQuery.Kind.NOW, today, today, Optional.empty(), "jetzt"));
		}
		return Optional.empty();
	}

	private Optional<TimeQuery> holiday(String text, LocalDate today, Optional<TimeQuery.PartOfDay> part) {
		return this.holidays.find(text, today).map(d -> day(d, part, "am " + Formats.date(d)));
	}

	private static Optional<TimeQuery> date(String text, LocalDate today, Optional<TimeQuery.PartOfDay> part) {
		Matcher m = DATE.matcher(text);
		if (m.find()) {
			int day = Integer.parseInt(m.group(1));
			int month = Integer.parseInt(m.group(2));
			int year = m.group(4) != null ? Integer.parseInt(m.group(4)) : yearOf(text, today, month, day);
			if (month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()) {
				LocalDate date = LocalDate.of(year, month, day);
				return Optional.of(day(date, part, "am " + Formats.date(date)));
			}
		}
		return named(DAY_OF_MONTH.matcher(text), 1, 2, TimeWords.MONTHS, text, today, part)
			.or(() -> named(DAY_OF_MONTH_EN.matcher(text), 1, 2, TimeWords.MONTHS_EN, text, today, part))
			.or(() -> named(MONTH_DAY_EN.matcher(text), 2, 1, TimeWords.MONTHS_EN, text, today, part));
	}

	/** A day with the month's name ("24. Dezember", "24 December", "December 24"). */
	private static Optional<TimeQuery> named(Matcher m, int dayGroup, int monthGroup, String[] months, String text,
			LocalDate today, Optional<TimeQuery.PartOfDay> part) {
		if (!m.find()) {
			return Optional.empty();
		}
		int month = List.of(months).indexOf(m.group(monthGroup)) + 1;
		int day = Integer.parseInt(m.group(dayGroup));
		int year = m.group(4) != null ? Integer.parseInt(m.group(4)) : yearOf(text, today, month, day);
		if (day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
			return Optional.empty();
		}
		LocalDate date = LocalDate.of(year, month, day);
		return Optional.of(day(date, part, "am " + Formats.date(date)));
	}

	/**
	 * The year of a date given without one: the coming one, or the last one when the
	 * question is in the past tense.
	 */
	private static int yearOf(String text, LocalDate today, int month, int day) {
		if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(today.getYear(), month).lengthOfMonth()) {
			return today.getYear();
		}
		LocalDate date = LocalDate.of(today.getYear(), month, day);
		boolean past = PAST.matcher(text).find();
		if (date.isBefore(today) && !past) {
			return today.getYear() + 1;
		}
		return date.isAfter(today) && past ? today.getYear() - 1 : today.getYear();
	}

	private static YearMonth nearest(YearMonth thisYear, YearMonth current, boolean past) {
		if (thisYear.isBefore(current) && !past) {
			return thisYear.plusYears(1);
		}
		return thisYear.isAfter(current) && past ? thisYear.minusYears(1) : thisYear;
	}

	private static Optional<TimeQuery> relativeDay(String text, LocalDate today, Optional<TimeQuery.PartOfDay> part) {
		if (DAY_AFTER_TOMORROW.matcher(text).find()) {
			LocalDate date = today.plusDays(2);
			return Optional.of(day(date, part, "übermorgen (" + Formats.weekdayAndDate(date) + ")"));
		}
		if (TOMORROW.matcher(text).find()) {
			LocalDate date = today.plusDays(1);
			return Optional.of(day(date, part, "morgen (" + Formats.weekdayAndDate(date) + ")"));
		}
		if (TODAY.matcher(text).find()) {
			return Optional.of(day(today, part, "heute (" + Formats.weekdayAndDate(today) + ")"));
		}
		return Optional.empty();
	}

	private static Optional<TimeQuery> weekday(String text, LocalDate today, Optional<TimeQuery.PartOfDay> part) {
		Matcher m = WEEKDAY.matcher(text);
		if (!m.find()) {
			return Optional.empty();
		}
		int index = m.group(1) != null ? List.of(TimeWords.WEEKDAYS).indexOf(m.group(1))
				: List.of(TimeWords.WEEKDAYS_EN).indexOf(m.group(2));
		LocalDate date = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(index + 1)));
		if (date.equals(today) && NEXT.matcher(text.substring(0, m.start())).find()) {
			date = date.plusWeeks(1);
		}
		return Optional.of(day(date, part, "am " + Formats.weekday(date) + " (" + Formats.date(date) + ")"));
	}

	private static Optional<TimeQuery> range(String text, LocalDate today) {
		if (text.contains("wochenende") || text.contains("weekend")) {
			LocalDate saturday = today.getDayOfWeek() == DayOfWeek.SUNDAY ? today.minusDays(1)
					: today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
			return Optional.of(range(saturday, saturday.plusDays(1),
					"am Wochenende (" + Formats.date(saturday) + "–" + Formats.date(saturday.plusDays(1)) + ")"));
		}
		if (NEXT_WEEK.matcher(text).find()) {
			LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
			return Optional.of(range(monday, monday.plusDays(6), "nächste Woche"));
		}
		if (THIS_WEEK.matcher(text).find()) {
			return Optional.of(range(today, today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), "diese Woche"));
		}
		return Optional.empty();
	}

	private static Optional<TimeQuery> month(String text, LocalDate today) {
		Matcher m = MONTH.matcher(text);
		if (m.find()) {
			int index = List.of(TimeWords.MONTHS).indexOf(m.group(1));
			int number = (index >= 0 ? index : List.of(TimeWords.MONTHS_EN).indexOf(m.group(1))) + 1;
			Matcher year = YEAR.matcher(text);
			YearMonth month = year.find() ? YearMonth.of(Integer.parseInt(year.group()), number)
					: nearest(YearMonth.of(today.getYear(), number), YearMonth.from(today), PAST.matcher(text).find());
			return Optional.of(range(month.atDay(1), month.atEndOfMonth(), "im " + Formats.month(month)));
		}
		Matcher year = IN_YEAR.matcher(text);
		if (year.find()) {
			int y = Integer.parseInt(year.group(2));
			return Optional.of(range(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "im Jahr " + y));
		}
		return Optional.empty();
	}

	private static TimeQuery day(LocalDate date, Optional<TimeQuery.PartOfDay> part, String spoken) {
		return new TimeQuery(TimeQuery.Kind.DAY, date, date, part, spoken);
	}

	private static TimeQuery range(LocalDate from, LocalDate to, String spoken) {
		return new TimeQuery(TimeQuery.Kind.RANGE, from, to, Optional.empty(), spoken);
	}

}
