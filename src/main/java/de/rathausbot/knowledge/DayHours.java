package de.rathausbot.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** When a contact is open on one date, and the public holiday that closes it, if any. */
public record DayHours(LocalDate date, List<TimeRange> times, Optional<String> holiday) {

	public boolean isClosed() {
		return this.times.isEmpty();
	}

}
