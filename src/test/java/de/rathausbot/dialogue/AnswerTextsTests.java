package de.rathausbot.dialogue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot's own words come from bundles; a language is a file, and what it lacks is
 * German.
 */
class AnswerTextsTests {

	@AfterEach
	void onlyTheJarsBundles() {
		AnswerTexts.addFolder(null);
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = AnswerTexts.class.getResourceAsStream("/messages/" + name)) {
			properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		return properties;
	}

	@Test
	void englishHasEveryTextGermanHasAndNoOther() throws IOException {
		assertThat(bundle("answers_en.properties").keySet())
			.containsExactlyInAnyOrderElementsOf(bundle("answers.properties").keySet());
	}

	@Test
	void datesTimesAndWeekdaysFollowTheLanguage() {
		AnswerTexts de = AnswerTexts.in("de");
		AnswerTexts en = AnswerTexts.in("en");
		LocalDate day = LocalDate.of(2026, 11, 29);

		assertThat(de.weekdayAndDate(day)).isEqualTo("Sonntag, 29.11.2026");
		assertThat(en.weekdayAndDate(day)).isEqualTo("Sunday, 29 Nov 2026");
		assertThat(de.clock(8 * 60)).isEqualTo("8 Uhr");
		assertThat(en.clock(8 * 60)).isEqualTo("8 am");
		assertThat(en.clock(12 * 60 + 30)).isEqualTo("12:30 pm");
		assertThat(en.clock(0)).isEqualTo("12 am");
		assertThat(de.span(14 * 60, 18 * 60)).isEqualTo("14–18 Uhr");
		assertThat(en.span(14 * 60, 18 * 60)).isEqualTo("2 pm–6 pm");
		assertThat(en.weekday(DayOfWeek.THURSDAY)).isEqualTo("Thursday");
		assertThat(en.get("fallback.cannot")).contains("can't");
	}

	@Test
	void aLanguageIsAddedByAFileAndWhatItLacksIsSaidInGerman(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("answers_nl.properties"),
				"hours.closed=gesloten\nword.and=en\nformat.date=d-M-yyyy\n");

		AnswerTexts.addFolder(folder.toString());
		AnswerTexts dutch = AnswerTexts.in("nl");

		assertThat(dutch.get("hours.closed")).isEqualTo("gesloten");
		assertThat(dutch.date(LocalDate.of(2026, 11, 29))).isEqualTo("29-11-2026");
		assertThat(dutch.get("hours.statusClosed")).as("missing: German").isEqualTo("Jetzt geschlossen.");
		assertThat(AnswerTexts.in("fr").get("hours.closed")).as("no file: German").isEqualTo("geschlossen");
	}

	@Test
	void turkishUkrainianAndArabicHaveEveryTextGermanHasAndEachFormats() throws IOException {
		Object[] arguments = { "A", "B", "C", "D" };
		for (String language : java.util.List.of("en", "tr", "uk", "ar")) {
			Properties texts = bundle("answers_" + language + ".properties");
			assertThat(texts.keySet()).as(language)
				.containsExactlyInAnyOrderElementsOf(bundle("answers.properties").keySet());
			for (Object key : texts.keySet()) {
				assertThat(AnswerTexts.in(language).get((String) key, arguments)).as(language + " " + key)
					.isNotBlank()
					.doesNotContain("{");
			}
		}
	}

	@Test
	void numbersInArabicAnswersUseTheDigitsOfTheTimesAroundThem() {
		AnswerTexts arabic = AnswerTexts.in("ar");

		assertThat(arabic.get("event.more", 3)).contains("3").doesNotContain("٣");
		assertThat(arabic.money(new de.rathausbot.knowledge.Fee(new java.math.BigDecimal("70"), ""))).contains("70");
		assertThat(arabic.weekday(DayOfWeek.MONDAY)).isEqualTo("الاثنين");
	}

}
