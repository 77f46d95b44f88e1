package de.rathausbot.knowledge;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An event with its time in the organiser's time zone.
 *
 * @param start the start of the first (or only) occurrence
 * @param end the end of the first occurrence; for all-day events its last day (inclusive)
 * @param allDay true when only the date is known (no times)
 * @param recurrence how the event repeats, if it does
 */
public record Event(String id, String title, ZonedDateTime start, Optional<ZonedDateTime> end, boolean allDay,
		Optional<String> location, Optional<String> description, Optional<String> organiser, Optional<String> url,
		List<String> synonyms, Optional<Recurrence> recurrence) implements KnowledgeItem {

	/** How far ahead and back to look for the next or last date of an endless series. */
	private static final int SEARCH_YEARS = 10;

	public Event {
		synonyms = List.copyOf(synonyms);
	}

	/** The first (or only) date. */
	public Occurrence first() {
		return new Occurrence(this, this.start, this.end);
	}

	public boolean recurs() {
		return this.recurrence.isPresent();
	}

	/** The dates that take place (partly) between {@code from} and {@code to}. */
	public List<Occurrence> occurrences(ZonedDateTime from, ZonedDateTime to) {
		if (this.recurrence.isEmpty()) {
			Occurrence only = first();
			return only.finish().isAfter(from) && !this.start.isAfter(to) ? List.of(only) : List.of();
		}
		ZonedDateTime earliestStart = from.minus(length());
		return this.recurrence.get()
			.starts(this.start, earliestStart, to)
			.stream()
			.map(this::at)
			.filter(o -> o.finish().isAfter(from))
			.toList();
	}

	/** The date going on at {@code now} or the next one, if there is one. */
	public Optional<Occurrence> next(ZonedDateTime now) {
		if (this.recurrence.isEmpty()) {
			Occurrence only = first();
			return only.isOver(now) ? Optional.empty() : Optional.of(only);
		}
		for (int years = 1; years <= SEARCH_YEARS; years *= 2) {
			List<Occurrence> ahead = occurrences(now, now.plusYears(years));
			if (!ahead.isEmpty()) {
				return Optional.of(ahead.get(0));
			}
		}
		return Optional.empty();
	}

	/** The last date that was over before {@code now}, if there is one. */
	public Optional<Occurrence> last(ZonedDateTime now) {
		if (this.recurrence.isEmpty()) {
			Occurrence only = first();
			return only.isOver(now) ? Optional.of(only) : Optional.empty();
		}
		List<Occurrence> before = occurrences(now.minusYears(SEARCH_YEARS), now).stream()
			.filter(o -> o.isOver(now))
			.toList();
		return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
	}

	private Occurrence at(ZonedDateTime occurrenceStart) {
		if (this.end.isEmpty()) {
			return new Occurrence(this, occurrenceStart, Optional.empty());
		}
		if (this.allDay) {
			long days = ChronoUnit.DAYS.between(this.start.toLocalDate(), this.end.get().toLocalDate());
			return new Occurrence(this, occurrenceStart, Optional.of(occurrenceStart.plusDays(days)));
		}
		return new Occurrence(this, occurrenceStart, Optional.of(occurrenceStart.plus(length())));
	}

	private Duration length() {
		Duration length = Duration.between(this.start, this.end.orElse(this.start));
		return this.allDay ? length.plusDays(1) : length;
	}

	@Override
	public String ref() {
		return "event:" + this.id;
	}

	@Override
	public String name() {
		return this.title;
	}

	@Override
	public List<String> keywords() {
		List<String> keywords = new ArrayList<>();
		this.location.ifPresent(keywords::add);
		this.organiser.ifPresent(keywords::add);
		keywords.add(String.valueOf(this.start.getYear()));
		return keywords;
	}

}
