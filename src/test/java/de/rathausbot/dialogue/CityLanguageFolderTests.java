package de.rathausbot.dialogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An operator adds a language by putting a bundle file into
 * {@code rathausbot.conversation.languages-folder}: the bot answers with its texts, and
 * in German where it lacks one.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class CityLanguageFolderTests {

	private static final ZonedDateTime SUNDAY = ZonedDateTime.parse("2026-11-29T10:00:00+01:00[Europe/Berlin]");

	private static final Path FOLDER = folder();

	@Autowired
	Dialogue dialogue;

	private static Path folder() {
		try {
			Path folder = Files.createTempDirectory("rathausbot-languages");
			Files.writeString(folder.resolve("answers_nl.properties"),
					"hours.closedNow={0}: Nee, op dit moment gesloten.\nformat.clock={0} uur\n");
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@DynamicPropertySource
	static void languagesFolder(DynamicPropertyRegistry registry) {
		registry.add("rathausbot.conversation.languages-folder", FOLDER::toString);
	}

	@AfterAll
	static void onlyTheJarsBundlesAgain() {
		AnswerTexts.addFolder(null);
	}

	@Test
	void aBundleInTheFolderGivesTheBotANewLanguage() {
		String answer = this.dialogue.answer("Hat das Rathaus jetzt offen?", Optional.of("nl"), SUNDAY).text();

		assertThat(answer).contains("Nee, op dit moment gesloten.")
			.as("a text the file lacks is German")
			.contains("Nächste Öffnung");
	}

}
