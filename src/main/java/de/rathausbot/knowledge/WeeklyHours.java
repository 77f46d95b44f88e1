package de.rathausbot.knowledge;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Opening hours as a form shows them: for each weekday (Monday first) its time ranges,
 * and the hours on public holidays (none: closed). {@link #osm()} writes the
 * {@code opening_hours} text the bot evaluates; {@link #read(String)} gives the form of a
 * text, or nothing when the form cannot express it (month or week selectors, additive
 * rules, holiday hours that differ by weekday …), so that such hours are shown as they
 * are and never rewritten.
 */
public record WeeklyHours(List<List<TimeRange>> days, List<TimeRange> holidays) {

	private static final String[] OSM_DAYS = { "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su" };

	private static final String DAY = "(?:Mo|Tu|We|Th|Fr|Sa|Su)";

	private static final String SELECTOR = "(?:" + DAY + "(?:-" + DAY + ")?|PH)(?:," + "(?:" + DAY + "(?:-" + DAY
			+ ")?|PH))*";

	private static final String SPANS = "\\d{2}:\\d{2}-\\d{2}:\\d{2}(?:,\\d{2}:\\d{2}-\\d{2}:\\d{2})*";

	/** The rules a form writes and reads: days (or PH) with time ranges or "off". */
	private static final Pattern FORM_RULES = Pattern.compile(
			"(?:" + SELECTOR + " (?:" + SPANS + "|off|closed))(?:; ?" + SELECTOR + " (?:" + SPANS + "|off|closed))*");

	/** A week without holidays in it (1–7 January 2024, Monday to Sunday). */
	private static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);

	public WeeklyHours {
		if (days.size() != 7) {
			throw new IllegalArgumentException("a week has 7 days, not " + days.size());
		}
		days = days.stream().map(List::copyOf).toList();
		holidays = List.copyOf(holidays);
	}

	/** Nothing open on any day. */
	public boolean isEmpty() {
		return this.days.stream().allMatch(List::isEmpty) && this.holidays.isEmpty();
	}

	/**
	 * The {@code opening_hours} text: weekdays with equal hours together
	 * ({@code Mo-We,Fr 08:00-12:00; Th 08:00-12:00,14:00-18:00}), then the holidays
	 * ({@code PH off} or {@code PH 10:00-12:00}); empty when nothing is open.
	 */
	public String osm() {
		if (isEmpty()) {
			return "";
		}
		Map<List<TimeRange>, List<Integer>> daysByHours = new LinkedHashMap<>();
		for (int day = 0; day < 7; day++) {
			if (!this.days.get(day).isEmpty()) {
				daysByHours.computeIfAbsent(this.days.get(day), h -> new ArrayList<>()).add(day);
			}
		}
		List<String> rules = new ArrayList<>();
		daysByHours.forEach((hours, days) -> rules.add(selector(days) + " " + spans(hours)));
		rules.add("PH " + (this.holidays.isEmpty() ? "off" : spans(this.holidays)));
		return String.join("; ", rules);
	}

	/** The form of an {@code opening_hours} text, if a form can express it. */
	public static Optional<WeeklyHours> read(String text) {
		String normalized = text.strip().replaceAll("\\s+", " ").replaceAll(" ?; ?", "; ");
		if (normalized.isEmpty() || !FORM_RULES.matcher(normalized).matches()) {
			return Optional.empty();
		}
		OpeningHours hours;
		try {
			hours = OpeningHours.parse(normalized);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		List<List<TimeRange>> days = new ArrayList<>();
		List<TimeRange> holidays = null;
		for (int day = 0; day < 7; day++) {
			days.add(hours.timesOn(MONDAY.plusDays(day), false));
			List<TimeRange> onHoliday = hours.timesOn(MONDAY.plusDays(day), true);
			if (holidays != null && !holidays.equals(onHoliday)) {
				return Optional.empty();
			}
			holidays = onHoliday;
		}
		WeeklyHours form = new WeeklyHours(days, holidays);
		return form.sameAs(hours) ? Optional.of(form) : Optional.empty();
	}

	/** Whether the text this form writes means exactly the given hours. */
	private boolean sameAs(OpeningHours hours) {
		OpeningHours written = OpeningHours.parse(osm());
		for (int day = 0; day < 7; day++) {
			LocalDate date = MONDAY.plusDays(day);
			if (!written.timesOn(date, false).equals(hours.timesOn(date, false))
					|| !written.timesOn(date, true).equals(hours.timesOn(date, true))) {
				return false;
			}
		}
		return true;
	}

	/** "Mo-We,Fr": runs of consecutive days as ranges. */
	private static String selector(List<Integer> days) {
		List<String> parts = new ArrayList<>();
		int i = 0;
		while (i < days.size()) {
			int j = i;
			while (j + 1 < days.size() && days.get(j + 1) == days.get(j) + 1) {
				j++;
			}
			parts.add(j == i ? OSM_DAYS[days.get(i)] : OSM_DAYS[days.get(i)] + "-" + OSM_DAYS[days.get(j)]);
			i = j + 1;
		}
		return String.join(",", parts);
	}

	private static String spans(List<TimeRange> ranges) {
		return String.join(",", ranges.stream().map(r -> clock(r.start()) + "-" + clock(r.end())).toList());
	}

	/** "08:00", "24:00". */
	public static String clock(int minutes) {
		return String.format("%02d:%02d", minutes / 60, minutes % 60);
	}

	/** The weekday of an index of {@link #days()}. */
	public static DayOfWeek weekday(int index) {
		return DayOfWeek.of(index + 1);
	}

}
