package de.rathausbot.dialogue.time;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A time a question refers to, resolved against the clock: the current moment, one day
 * (optionally part of it), or a range of days.
 *
 * @param from first day
 * @param to last day (inclusive); equals {@code from} for a single day
 * @param part part of the day asked about ("nachmittags"), if any
 * @param spoken how to name it in the answer ("am Freitag (27.11.)")
 */
public record TimeQuery(Kind kind, LocalDate from, LocalDate to, Optional<PartOfDay> part, String spoken) {

	public enum Kind {

		NOW, DAY, RANGE

	}

	/** A part of a day in minutes since midnight, with its German name. */
	public record PartOfDay(String name, int start, int end) {
	}

}
