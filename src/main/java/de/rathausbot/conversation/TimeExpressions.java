package de.rathausbot.conversation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
final class TimeExpressions {

	private static final String[] WEEKDAYS = { "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
			"sonntag" };

	private static final String[] WEEKDAYS_EN = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday" };

	private static final String[] MONTHS = { "januar", "februar", "maerz", "april", "mai", "juni", "juli", "august",
			"september", "oktober", "november", "dezember" };

	private static final String[] MONTHS_EN = { "january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december" };

	private static final List<TimeQuery.PartOfDay> PARTS = List.of(
			new TimeQuery.PartOfDay("vormittags", 6 * 60, 12 * 60),
			new TimeQuery.PartOfDay("nachmittags", 12 * 60, 18 * 60),
			new TimeQuery.PartOfDay("abends", 18 * 60, 23 * 60), new TimeQuery.PartOfDay("mittags", 11 * 60, 14 * 60));

	private static final Pattern PART = Pattern
		.compile("(vormittag|nachmittag|abend|mittag|morning|afternoon|evening)");

	private static final Pattern NOW = Pattern
		.compile("\\b(jetzt|gerade|aktuell|momentan|zurzeit|noch|now|currently|right now)\\b");

	private static final Pattern DATE = Pattern.compile("\\b(\\d{1,2})\\.\\s?(\\d{1,2})\\.(\\s?(\\d{4}))?");

	private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");

	private static final Pattern DAY_AFTER_TOMORROW = Pattern.compile("\\b(uebermorgen|day after tomorrow)\\b");

	private static final Pattern TOMORROW = Pattern.compile("\\b(morgen|tomorrow)\\b");

	private static final Pattern TODAY = Pattern.compile("\\b(heute|today|tonight)");

	private static final Pattern WEEKDAY = Pattern
		.compile("(" + String.join("|", WEEKDAYS) + ")|\\b(" + String.join("|", WEEKDAYS_EN) + ")");

	private static final Pattern NEXT = Pattern.compile("\\b(naechste[nmr]?|kommende[nmr]?|next)\\s+$");

	private static final Pattern NEXT_WEEK = Pattern.compile("\\b(naechste[nr]?|kommende[nr]?)\\s+woche|next week");

	private static final Pattern THIS_WEEK = Pattern.compile("\\bdiese[nr]?\\s+woche|this week");

	private static final Pattern MONTH = Pattern
		.compile("\\b(" + String.join("|", MONTHS) + "|" + String.join("|", MONTHS_EN) + ")\\b");

	private static final Pattern DAY_OF_MONTH = Pattern
		.compile("\\b(\\d{1,2})\\.?\\s+(" + String.join("|", MONTHS) + ")\\b(\\s+(\\d{4}))?");

	private static final Pattern IN_YEAR = Pattern.compile("\\b(im jahr|in)\\s+((19|20)\\d{2})\\b");

	/**
	 * Holiday names citizens use → a regex on jollyday's German names, or a fixed date.
	 */
	private static final Map<Pattern, Object> HOLIDAYS = Map.ofEntries(
			Map.entry(Pattern.compile("heilige(n)? drei koenige|dreikoenig|epiphan"), MonthDay.of(1, 6)),
			Map.entry(Pattern.compile("heiligabend|heiliger abend|christmas eve"), MonthDay.of(12, 24)),
			Map.entry(Pattern.compile("silvester|new year'?s eve"), MonthDay.of(12, 31)),
			Map.entry(Pattern.compile("zweite(n)? weihnachts|2\\. weihnachts|stephan"), MonthDay.of(12, 26)),
			Map.entry(Pattern.compile("weihnacht|christmas"), MonthDay.of(12, 25)),
			Map.entry(Pattern.compile("neujahr|new year"), MonthDay.of(1, 1)),
			Map.entry(Pattern.compile("tag der arbeit|maifeiertag|1\\. mai"), MonthDay.of(5, 1)),
			Map.entry(Pattern.compile("tag der deutschen einheit|einheitsfeiertag"), MonthDay.of(10, 3)),
			Map.entry(Pattern.compile("allerheiligen"), MonthDay.of(11, 1)),
			Map.entry(Pattern.compile("himmelfahrt|ascension"), "himmelfahrt"),
			Map.entry(Pattern.compile("karfreitag|good friday"), "karfreitag"),
			Map.entry(Pattern.compile("ostermontag|easter monday"), "ostermontag"),
			Map.entry(Pattern.compile("pfingstmontag|whit monday"), "pfingstmontag"),
			Map.entry(Pattern.compile("fronleichnam|corpus christi"), "fronleichnam"));

	/**
	 * Words that only say when, never what: the matcher ignores them, so "Hat das Rathaus
	 * an Heilige Drei Könige offen?" is matched like "Hat das Rathaus offen?".
	 */
	static Set<String> neutralWords() {
		Set<String> words = new HashSet<>(List.of("heute", "morgen", "uebermorgen", "gestern", "jetzt", "gerade",
				"aktuell", "momentan", "zurzeit", "vormittag", "vormittags", "nachmittag", "nachmittags", "abend",
				"abends", "mittag", "mittags", "morgens", "frueh", "wochenende", "woche", "naechste", "naechsten",
				"kommende", "kommenden", "diese", "heilige", "heiligen", "drei", "koenige", "koenig", "dreikoenig",
				"weihnachten", "weihnachtsfeiertag", "heiligabend", "silvester", "neujahr", "himmelfahrt", "christi",
				"karfreitag", "ostern", "ostermontag", "pfingsten", "pfingstmontag", "fronleichnam", "allerheiligen",
				"today", "tomorrow", "now", "tonight", "weekend", "week", "morning", "afternoon", "evening"));
		words.addAll(List.of(WEEKDAYS));
		words.addAll(List.of(WEEKDAYS_EN));
		words.addAll(List.of(MONTHS));
		words.addAll(List.of(MONTHS_EN));
		for (String day : WEEKDAYS) {
			words.add(day + "s");
		}
		return words;
	}

	private final PublicHolidays holidays;

	TimeExpressions(PublicHolidays holidays) {
		this.holidays = holidays;
	}

	Optional<TimeQuery> find(String question, ZonedDateTime now) {
		String text = GermanFolding.fold(question);
		LocalDate today = now.toLocalDate();
		Optional<TimeQuery.PartOfDay> part = partOfDay(text);
		Optional<TimeQuery> found = holiday(text, today).or(() -> date(text, today))
			.or(() -> relativeDay(text, today, part))
			.or(() -> weekday(text, today, part))
			.or(() -> range(text, today))
			.or(() -> month(text, today));
		if (found.isPresent()) {
			return found;
		}
		if (NOW.matcher(text).find()) {
			return Optional.of(new TimeQuery(TimeQuery.Kind.NOW, today, today, Optional.empty(), "jetzt"));
		}
		return Optional.empty();
	}

	private Optional<TimeQuery> holiday(String text, LocalDate today) {
		for (Map.Entry<Pattern, Object> entry : HOLIDAYS.entrySet()) {
			if (!entry.getKey().matcher(text).find()) {
				continue;
			}
			Optional<LocalDate> date = entry.getValue() instanceof MonthDay day ? Optional.of(next(day, today))
					: holidayNamed((String) entry.getValue(), today);
			return date.map(d -> day(d, Optional.empty(), "am " + Formats.date(d)));
		}
		return Optional.empty();
	}

	private Optional<LocalDate> holidayNamed(String folded, LocalDate today) {
		for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
			for (Map.Entry<LocalDate, String> entry : this.holidays.holidays(year).entrySet()) {
				if (!entry.getKey().isBefore(today) && GermanFolding.fold(entry.getValue()).contains(folded)) {
					return Optional.of(entry.getKey());
				}
			}
		}
		return Optional.empty();
	}

	private static Optional<TimeQuery> date(String text, LocalDate today) {
		Matcher m = DATE.matcher(text);
		if (m.find()) {
			int day = Integer.parseInt(m.group(1));
			int month = Integer.parseInt(m.group(2));
			int year = m.group(4) != null ? Integer.parseInt(m.group(4)) : today.getYear();
			if (month >= 1 && month <= 12 && day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()) {
				LocalDate date = LocalDate.of(year, month, day);
				return Optional.of(day(date, Optional.empty(), "am " + Formats.date(date)));
			}
		}
		Matcher named = DAY_OF_MONTH.matcher(text);
		if (named.find()) {
			int month = List.of(MONTHS).indexOf(named.group(2)) + 1;
			int year = named.group(4) != null ? Integer.parseInt(named.group(4)) : today.getYear();
			int day = Integer.parseInt(named.group(1));
			if (day >= 1 && day <= YearMonth.of(year, month).lengthOfMonth()) {
				LocalDate date = LocalDate.of(year, month, day);
				return Optional.of(day(date, Optional.empty(), "am " + Formats.date(date)));
			}
		}
		return Optional.empty();
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
		int index = m.group(1) != null ? List.of(WEEKDAYS).indexOf(m.group(1))
				: List.of(WEEKDAYS_EN).indexOf(m.group(2));
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
			int index = List.of(MONTHS).indexOf(m.group(1));
			int number = (index >= 0 ? index : List.of(MONTHS_EN).indexOf(m.group(1))) + 1;
			Matcher year = YEAR.matcher(text);
			YearMonth month = YearMonth.of(year.find() ? Integer.parseInt(year.group()) : today.getYear(), number);
			return Optional.of(range(month.atDay(1), month.atEndOfMonth(), "im " + Formats.month(month)));
		}
		Matcher year = IN_YEAR.matcher(text);
		if (year.find()) {
			int y = Integer.parseInt(year.group(2));
			return Optional.of(range(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), "im Jahr " + y));
		}
		return Optional.empty();
	}

	private static Optional<TimeQuery.PartOfDay> partOfDay(String text) {
		Matcher m = PART.matcher(text);
		if (!m.find()) {
			return Optional.empty();
		}
		String word = switch (m.group(1)) {
			case "morning" -> "vormittag";
			case "afternoon" -> "nachmittag";
			case "evening" -> "abend";
			default -> m.group(1);
		};
		return PARTS.stream().filter(p -> p.name().startsWith(word)).findFirst();
	}

	private static LocalDate next(MonthDay day, LocalDate today) {
		LocalDate date = day.atYear(today.getYear());
		return date.isBefore(today) ? day.atYear(today.getYear() + 1) : date;
	}

	private static TimeQuery day(LocalDate date, Optional<TimeQuery.PartOfDay> part, String spoken) {
		return new TimeQuery(TimeQuery.Kind.DAY, date, date, part, spoken);
	}

	private static TimeQuery range(LocalDate from, LocalDate to, String spoken) {
		return new TimeQuery(TimeQuery.Kind.RANGE, from, to, Optional.empty(), spoken);
	}

}
