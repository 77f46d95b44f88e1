package de.rathausbot.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * When a contact is open on one date.
 *
 * @param holiday the public holiday on that date, if any
 * @param closure why the contact is closed on that date although its hours say open (its
 * {@code closures}), if it is
 */
public record DayHours(LocalDate date, List<TimeRange> times, Optional<String> holiday, Optional<String> closure) {

	public boolean isClosed() {
		return this.times.isEmpty();
	}

}
