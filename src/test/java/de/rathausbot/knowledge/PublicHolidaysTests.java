package de.rathausbot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.rathausbot.system.SystemProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Public holidays of Baden-Württemberg, cross-checked against an independent data set.
 */
class PublicHolidaysTests {

	private static final Path REFERENCE = Path.of("../shared/datasets/holidays-de/DE_BW.json");

	private final PublicHolidays holidays = new PublicHolidays(new SystemProperties("BW", ZoneId.of("Europe/Berlin"),
			new SystemProperties.Clock(null), new SystemProperties.City("", "#004f9f")));

	@Test
	void knowsTheHolidaysOfBadenWuerttemberg() {
		assertThat(this.holidays.nameOf(LocalDate.of(2027, 1, 6))).contains("Heilige Drei Könige");
		assertThat(this.holidays.isHoliday(LocalDate.of(2026, 6, 4))).as("Fronleichnam 2026").isTrue();
		assertThat(this.holidays.isHoliday(LocalDate.of(2026, 10, 31))).as("Reformation Day is not a BW holiday")
			.isFalse();
		assertThat(this.holidays.isHoliday(LocalDate.of(2026, 12, 24))).as("Christmas Eve is a working day").isFalse();
	}

	@Test
	void agreesWithTheReferenceDataSetOnEveryPublicHoliday() throws IOException {
		assumeTrue(Files.exists(REFERENCE), "skipped: " + REFERENCE + " (team data set) is not available here");
		Map<LocalDate, String> reference = publicHolidays(Files.readString(REFERENCE));
		Set<LocalDate> expected = new TreeSet<>(reference.keySet());
		Set<LocalDate> actual = new TreeSet<>();
		for (int year = 2000; year <= 2040; year++) {
			actual.addAll(this.holidays.holidays(year).keySet());
		}
		expected.removeIf(d -> d.getYear() < 2000 || d.getYear() > 2040);

		assertThat(actual).containsExactlyElementsOf(expected);
	}

	/**
	 * Dates whose names in the reference are public holidays (not school holidays or
	 * observances).
	 */
	private static Map<LocalDate, String> publicHolidays(String json) {
		Map<LocalDate, String> result = new java.util.TreeMap<>();
		Matcher m = Pattern.compile("\"(\\d{4}-\\d{2}-\\d{2})\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
		while (m.find()) {
			// school holidays ("Summer Break") are listed too: they are not public
			// holidays, offices are open
			String publicNames = java.util.Arrays.stream(m.group(2).split(";\\s*"))
				.filter(name -> !name.endsWith(" Break"))
				.reduce((a, b) -> a + ", " + b)
				.orElse("");
			if (!publicNames.isEmpty()) {
				result.put(LocalDate.parse(m.group(1)), publicNames);
			}
		}
		return result;
	}

}
