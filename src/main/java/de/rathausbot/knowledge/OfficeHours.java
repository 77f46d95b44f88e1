package de.rathausbot.knowledge;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Answers "is it open?" for a contact at a given moment: its opening hours evaluated with
 * the public holidays of the Land and the contact's own closing days.
 */
@Component
public class OfficeHours {

	private static final int SEARCH_DAYS = 31;

	private final PublicHolidays holidays;

	OfficeHours(PublicHolidays holidays) {
		this.holidays = holidays;
	}

	public DayHours day(OpeningHours hours, LocalDate date) {
		Optional<String> holiday = this.holidays.nameOf(date);
		Optional<Closure> closure = hours.closureOn(date);
		if (closure.isPresent()) {
			return new DayHours(date, List.of(), holiday, closure.map(Closure::reason));
		}
		return new DayHours(date, hours.timesOn(date, holiday.isPresent()), holiday, Optional.empty());
	}

	public boolean isOpen(OpeningHours hours, ZonedDateTime at) {
		LocalTime time = at.toLocalTime();
		return day(hours, at.toLocalDate()).times().stream().anyMatch(t -> t.contains(time));
	}

	/** The span that contains the moment, if open then. */
	public Optional<TimeRange> currentSpan(OpeningHours hours, ZonedDateTime at) {
		LocalTime time = at.toLocalTime();
		return day(hours, at.toLocalDate()).times().stream().filter(t -> t.contains(time)).findFirst();
	}

	/** The next moment after {@code after} at which the contact opens, within a month. */
	public Optional<ZonedDateTime> nextOpening(OpeningHours hours, ZonedDateTime after) {
		int minute = after.getHour() * 60 + after.getMinute();
		for (int offset = 0; offset <= SEARCH_DAYS; offset++) {
			LocalDate date = after.toLocalDate().plusDays(offset);
			for (TimeRange span : day(hours, date).times()) {
				if (offset > 0 || span.start() > minute) {
					return Optional.of(date.atStartOfDay(after.getZone()).plusMinutes(span.start()));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The regular week (ignoring holidays), with consecutive days of equal hours grouped:
	 * the basis of "Mo–Mi 8–12 Uhr" style summaries.
	 */
	public List<WeekdayGroup> regularWeek(OpeningHours hours) {
		LocalDate monday = LocalDate.of(2024, 1, 1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<WeekdayGroup> groups = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			LocalDate date = monday.plusDays(i);
			List<TimeRange> times = hours.timesOn(date, false);
			WeekdayGroup last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
			if (last != null && last.times().equals(times)) {
				groups.set(groups.size() - 1, new WeekdayGroup(last.from(), date.getDayOfWeek(), times));
			}
			else {
				groups.add(new WeekdayGroup(date.getDayOfWeek(), date.getDayOfWeek(), times));
			}
		}
		return groups;
	}

	/** Days {@code from}..{@code to} (inclusive) that share the same hours. */
	public record WeekdayGroup(DayOfWeek from, DayOfWeek to, List<TimeRange> times) {
	}

}
