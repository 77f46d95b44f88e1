package de.rathausbot.knowledge;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day on which a contact is closed although its hours say open: once
 * ({@code 24.12.2026}, {@code 2026-12-24}) or every year ({@code 24.12.}).
 *
 * @param reason what citizens are told, e.g. "Heiligabend"
 */
public record Closure(Optional<LocalDate> once, Optional<MonthDay> everyYear, String reason) {

	private static final Pattern GERMAN = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})?");

	/**
	 * @throws IllegalArgumentException with a readable reason for anything else
	 */
	public static Closure parse(String date, String reason) {
		String text = date.strip();
		try {
			Matcher german = GERMAN.matcher(text);
			if (german.matches()) {
				int day = Integer.parseInt(german.group(1));
				int month = Integer.parseInt(german.group(2));
				return german.group(3) == null
						? new Closure(Optional.empty(), Optional.of(MonthDay.of(month, day)), reason)
						: new Closure(Optional.of(LocalDate.of(Integer.parseInt(german.group(3)), month, day)),
								Optional.empty(), reason);
			}
			return new Closure(Optional.of(LocalDate.parse(text)), Optional.empty(), reason);
		}
		catch (RuntimeException ex) {
			throw new IllegalArgumentException(
					"bad closing day '" + date + "': expected 24.12. (every year), 24.12.2026 or 2026-12-24");
		}
	}

	public boolean matches(LocalDate date) {
		return this.once.map(date::equals).orElse(false)
				|| this.everyYear.map(m -> m.equals(MonthDay.from(date))).orElse(false);
	}

}
