package de.rathausbot.knowledge;

import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * One date of an event: the event itself, or one date of a series.
 *
 * @param end for all-day events the last day (inclusive), as in {@link Event#end()}
 */
public record Occurrence(Event event, ZonedDateTime start, Optional<ZonedDateTime> end) {

	/** The moment the occurrence is over: its end, or the end of its last day. */
	public ZonedDateTime finish() {
		ZonedDateTime last = this.end.orElse(this.start);
		return this.event.allDay() ? last.toLocalDate().plusDays(1).atStartOfDay(last.getZone()) : last;
	}

	/** True when the occurrence was over before {@code now}. */
	public boolean isOver(ZonedDateTime now) {
		return !finish().isAfter(now);
	}

}
