package de.rathausbot.knowledge;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import ch.poole.openinghoursparser.Holiday;
import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.RuleModifier;
import ch.poole.openinghoursparser.TimeSpan;
import ch.poole.openinghoursparser.WeekDayRange;

/**
 * Opening hours in OpenStreetMap {@code opening_hours} syntax, evaluated for a date.
 * Supported: weekday ranges, times, {@code PH} (public holidays),
 * {@code off}/{@code closed}, {@code 24/7}, additional rules with {@code ,}. Rules apply
 * in order; a later rule replaces the hours of an earlier one on the days it covers (OSM
 * semantics), so "Thursday also afternoons" is written
 * {@code Mo-Fr 08:00-12:00; Th 08:00-12:00,14:00-18:00}. Public holidays are closed
 * unless a {@code PH} rule says otherwise. Anything else (months, weeks, sunrise) is
 * rejected at load time instead of being silently misread.
 */
public final class OpeningHours {

	private static final DayOfWeek[] OSM_DAYS = { DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
			DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY };

	private final String text;

	private final List<Rule> rules;

	private final List<Closure> closures;

	private OpeningHours(String text, List<Rule> rules, List<Closure> closures) {
		this.text = text;
		this.rules = rules;
		this.closures = closures;
	}

	/** These hours with days on which the contact is closed all the same. */
	public OpeningHours withClosures(List<Closure> closures) {
		return new OpeningHours(this.text, this.rules, List.copyOf(closures));
	}

	/** The closing day that falls on a date, if any. */
	public Optional<Closure> closureOn(LocalDate date) {
		return this.closures.stream().filter(c -> c.matches(date)).findFirst();
	}

	/**
	 * @throws IllegalArgumentException with a readable reason when the text cannot be
	 * used
	 */
	public static OpeningHours parse(String text) {
		List<Rule> rules;
		try {
			rules = new OpeningHoursParser(new StringReader(text)).rules(false);
		}
		catch (OpeningHoursParseException ex) {
			throw new IllegalArgumentException("unparsable opening hours '" + text + "': " + ex.getMessage(), ex);
		}
		catch (RuntimeException | Error ex) {
			throw new IllegalArgumentException("unparsable opening hours '" + text + "'", ex);
		}
		for (Rule rule : rules) {
			if (rule.getDates() != null || rule.getWeeks() != null || rule.getYears() != null) {
				throw new IllegalArgumentException("opening hours '" + text
						+ "': date, week and year selectors are not supported yet ('" + rule + "')");
			}
			if (rule.getTimes() != null
					&& rule.getTimes().stream().anyMatch(t -> t.getStartEvent() != null || t.getEndEvent() != null)) {
				throw new IllegalArgumentException(
						"opening hours '" + text + "': sunrise/sunset times are not supported");
			}
			if (rule.getHolidays() != null
					&& rule.getHolidays().stream().anyMatch(h -> h.getType() != Holiday.Type.PH)) {
				throw new IllegalArgumentException(
						"opening hours '" + text + "': only PH (public holidays) is supported, not SH");
			}
		}
		return new OpeningHours(text, List.copyOf(rules), List.of());
	}

	/** The text as written in the content file. */
	public String text() {
		return this.text;
	}

	/** The open spans of a date, given whether it is a public holiday. */
	public List<TimeRange> timesOn(LocalDate date, boolean publicHoliday) {
		List<TimeRange> times = new ArrayList<>();
		boolean holidayRuleMatched = false;
		for (Rule rule : this.rules) {
			boolean mentionsHoliday = rule.getHolidays() != null && !rule.getHolidays().isEmpty();
			if (!matches(rule, date, publicHoliday)) {
				continue;
			}
			holidayRuleMatched |= mentionsHoliday && publicHoliday;
			if (!rule.isAdditive()) {
				times.clear();
			}
			if (isClosing(rule)) {
				times.clear();
			}
			else {
				times.addAll(spans(rule));
			}
		}
		if (publicHoliday && !holidayRuleMatched) {
			return List.of();
		}
		times.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return List.copyOf(times);
	}

	private static boolean matches(Rule rule, LocalDate date, boolean publicHoliday) {
		boolean hasDays = rule.getDays() != null && !rule.getDays().isEmpty();
		boolean hasHolidays = rule.getHolidays() != null && !rule.getHolidays().isEmpty();
		if (!hasDays && !hasHolidays) {
			return true;
		}
		if (hasHolidays && publicHoliday) {
			return true;
		}
		return hasDays && rule.getDays().stream().anyMatch(range -> covers(range, date.getDayOfWeek()));
	}

	private static boolean covers(WeekDayRange range, DayOfWeek day) {
		int start = range.getStartDay().ordinal();
		int end = range.getEndDay() == null ? start : range.getEndDay().ordinal();
		int d = java.util.Arrays.asList(OSM_DAYS).indexOf(day);
		return start <= end ? d >= start && d <= end : d >= start || d <= end;
	}

	private static boolean isClosing(Rule rule) {
		RuleModifier modifier = rule.getModifier();
		return modifier != null && (modifier.getModifier() == RuleModifier.Modifier.OFF
				|| modifier.getModifier() == RuleModifier.Modifier.CLOSED);
	}

	private static List<TimeRange> spans(Rule rule) {
		if (rule.isTwentyfourseven() || rule.getTimes() == null || rule.getTimes().isEmpty()) {
			return List.of(new TimeRange(0, 1440));
		}
		List<TimeRange> spans = new ArrayList<>();
		for (TimeSpan span : rule.getTimes()) {
			int end = span.getEnd() < 0 || span.isOpenEnded() ? 1440 : Math.min(span.getEnd(), 1440);
			spans.add(new TimeRange(span.getStart(), end));
		}
		return spans;
	}

	@Override
	public String toString() {
		return this.text;
	}

}
