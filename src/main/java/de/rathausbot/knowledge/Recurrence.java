package de.rathausbot.knowledge;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import net.fortuna.ical4j.model.Recur;

/**
 * How an event repeats: an iCalendar {@code RRULE} (RFC 5545, e.g.
 * {@code FREQ=WEEKLY;BYDAY=TU,SA}) and the occurrences left out ({@code EXDATE}).
 * Occurrences are computed for the period asked, so a series without an end costs
 * nothing.
 *
 * @param rule the rule as written in the calendar
 * @param exceptions start instants of the occurrences that do not take place
 * @param additions starts of extra dates ({@code RDATE}, or a date moved with
 * {@code RECURRENCE-ID}); they last as long as the series' dates
 */
public record Recurrence(String rule, Set<Instant> exceptions, List<ZonedDateTime> additions) {

	private static final Map<String, DayOfWeek> DAYS = Map.of("MO", DayOfWeek.MONDAY, "TU", DayOfWeek.TUESDAY, "WE",
			DayOfWeek.WEDNESDAY, "TH", DayOfWeek.THURSDAY, "FR", DayOfWeek.FRIDAY, "SA", DayOfWeek.SATURDAY, "SU",
			DayOfWeek.SUNDAY);

	public Recurrence {
		rule = rule.strip().replaceFirst("(?i)^RRULE:", "");
		exceptions = Set.copyOf(exceptions);
		additions = additions.stream().sorted().toList();
		recur(rule);
	}

	public Recurrence(String rule, Set<Instant> exceptions) {
		this(rule, exceptions, List.of());
	}

	/**
	 * The starts of the occurrences from {@code from} to {@code to} (both inclusive), for
	 * a series whose first occurrence starts at {@code first}.
	 */
	List<ZonedDateTime> starts(ZonedDateTime first, ZonedDateTime from, ZonedDateTime to) {
		if (to.isBefore(from)) {
			return List.of();
		}
		List<ZonedDateTime> starts = new ArrayList<>();
		if (!to.isBefore(first)) {
			ZonedDateTime lower = from.isBefore(first) ? first : from;
			for (ZonedDateTime start : datesOfDays(first, lower, to)) {
				if (!start.isBefore(lower) && !start.isAfter(to) && !this.exceptions.contains(start.toInstant())) {
					starts.add(start.withZoneSameInstant(first.getZone()));
				}
			}
		}
		this.additions.stream().filter(a -> !a.isBefore(from) && !a.isAfter(to)).forEach(starts::add);
		starts.sort(null);
		return starts;
	}

	/**
	 * The rule's dates on the whole days from {@code from} to {@code to}: questions about
	 * events ask for the same days again and again, and "the next date from now" changes
	 * its days only at midnight, so an expansion is computed once and then remembered (up
	 * to a bounded number of dates in all).
	 */
	private List<ZonedDateTime> datesOfDays(ZonedDateTime first, ZonedDateTime from, ZonedDateTime to) {
		Expansion days = new Expansion(this.rule, first, from.truncatedTo(ChronoUnit.DAYS),
				to.truncatedTo(ChronoUnit.DAYS).plusDays(1));
		return EXPANSIONS.get(days, d -> List.copyOf(recur(d.rule()).getDates(d.first(), d.from(), d.to())));
	}

	private record Expansion(String rule, ZonedDateTime first, ZonedDateTime from, ZonedDateTime to) {
	}

	private static final Cache<Expansion, List<ZonedDateTime>> EXPANSIONS = Caffeine.newBuilder()
		.maximumWeight(200_000)
		.weigher((Expansion days, List<ZonedDateTime> dates) -> dates.size() + 1)
		.build();

	/** The rule's parts by name, e.g. FREQ → WEEKLY, BYDAY → TU,SA. */
	public Map<String, String> parts() {
		Map<String, String> parts = new LinkedHashMap<>();
		for (String part : this.rule.split(";")) {
			int equals = part.indexOf('=');
			if (equals > 0) {
				parts.put(part.substring(0, equals).toUpperCase(Locale.ROOT), part.substring(equals + 1));
			}
		}
		return parts;
	}

	/**
	 * The weekdays of a {@code BYDAY} part with their position in the month (0 when it is
	 * every such day, 1 for the first, -1 for the last).
	 */
	public List<PositionedDay> days() {
		String byDay = parts().get("BYDAY");
		if (byDay == null) {
			return List.of();
		}
		List<PositionedDay> days = new ArrayList<>();
		for (String day : byDay.split(",")) {
			String code = day.substring(day.length() - 2).toUpperCase(Locale.ROOT);
			String position = day.substring(0, day.length() - 2);
			days.add(new PositionedDay(position.isEmpty() ? 0 : Integer.parseInt(position.replace("+", "")),
					DAYS.get(code)));
		}
		return days;
	}

	public record PositionedDay(int position, DayOfWeek day) {
	}

	/**
	 * How often a series may repeat: at most daily. A rule repeating every second would
	 * expand to tens of millions of dates on a public request.
	 */
	static final Set<String> FREQUENCIES = Set.of("DAILY", "WEEKLY", "MONTHLY", "YEARLY");

	private static Recur<ZonedDateTime> recur(String rule) {
		Recur<ZonedDateTime> recur;
		try {
			recur = new Recur<>(rule);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException("invalid recurrence rule '" + rule + "': " + ex.getMessage(), ex);
		}
		if (recur.getFrequency() == null || !FREQUENCIES.contains(recur.getFrequency().name())) {
			throw new IllegalArgumentException("recurrence rule '" + rule + "' repeats more often than daily: "
					+ "FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY");
		}
		return recur;
	}

}
