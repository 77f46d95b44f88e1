package de.rathausbot.workspace.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.rathausbot.knowledge.TimeRange;
import de.rathausbot.knowledge.WeeklyHours;

/**
 * The opening-hours form as the workspace sends it: seven weekdays (Monday first), each
 * with its time ranges, and the hours on public holidays (none: closed).
 */
record WeeklyHoursForm(List<List<Span>> days, List<Span> holidays) {

	private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})");

	private static final String[] WEEKDAYS = { "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag",
			"Sonntag" };

	/** "08:00" to "12:00". */
	record Span(String from, String to) {
	}

	static WeeklyHoursForm of(WeeklyHours hours) {
		return new WeeklyHoursForm(hours.days().stream().map(WeeklyHoursForm::spans).toList(), spans(hours.holidays()));
	}

	/**
	 * The hours this form means.
	 * @throws IllegalArgumentException naming the day and the problem
	 */
	WeeklyHours toWeeklyHours() {
		if (this.days == null || this.days.size() != 7) {
			throw new IllegalArgumentException("the form has seven weekdays");
		}
		List<List<TimeRange>> week = new ArrayList<>();
		for (int day = 0; day < 7; day++) {
			week.add(ranges(WEEKDAYS[day], this.days.get(day)));
		}
		return new WeeklyHours(week, ranges("an Feiertagen", this.holidays));
	}

	private static List<TimeRange> ranges(String day, List<Span> spans) {
		List<TimeRange> ranges = new ArrayList<>();
		for (Span span : spans == null ? List.<Span>of() : spans) {
			int from = minutes(day, span.from());
			int to = minutes(day, span.to());
			if (from >= to) {
				throw new IllegalArgumentException(
						day + ": " + span.from() + "–" + span.to() + " endet nicht nach dem Beginn");
			}
			ranges.add(new TimeRange(from, to));
		}
		ranges.sort((a, b) -> Integer.compare(a.start(), b.start()));
		for (int i = 1; i < ranges.size(); i++) {
			if (ranges.get(i).start() < ranges.get(i - 1).end()) {
				throw new IllegalArgumentException(day + ": Zeiten überschneiden sich");
			}
		}
		return ranges;
	}

	private static int minutes(String day, String clock) {
		Matcher m = CLOCK.matcher(clock == null ? "" : clock.strip());
		if (!m.matches() || Integer.parseInt(m.group(1)) > 24 || Integer.parseInt(m.group(2)) > 59
				|| Integer.parseInt(m.group(1)) == 24 && Integer.parseInt(m.group(2)) > 0) {
			throw new IllegalArgumentException(day + ": „" + clock + "“ ist keine Uhrzeit wie 08:00");
		}
		return Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
	}

	private static List<Span> spans(List<TimeRange> ranges) {
		return ranges.stream().map(r -> new Span(WeeklyHours.clock(r.start()), WeeklyHours.clock(r.end()))).toList();
	}

}
