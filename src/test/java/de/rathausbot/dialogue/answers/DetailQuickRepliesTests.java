package de.rathausbot.dialogue.answers;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import de.rathausbot.dialogue.AnswerTexts;
import de.rathausbot.knowledge.Fee;
import de.rathausbot.knowledge.Service;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service's detail quick replies ("Reisepass: Kosten") ask for that detail in every
 * language the bot has texts for, also one a city adds by a file.
 */
class DetailQuickRepliesTests {

	private static final Service PASSPORT = new Service("reisepass", "Reisepass", List.of(), "Im Bürgerbüro.",
			List.of(new Fee(new BigDecimal("70"), "")), Optional.empty(), List.of("Foto"), List.of(), Optional.empty(),
			Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

	@AfterEach
	void onlyTheJarsBundles() {
		AnswerTexts.addFolder(null);
	}

	@Test
	void aDetailQuickReplyAsksForItsDetailInTheAnswersLanguage() {
		assertThat(ServiceAnswers.detailAsked("Reisepass: Kosten", PASSPORT, AnswerTexts.in("de")))
			.contains(Attribute.FEE);
		assertThat(ServiceAnswers.detailAsked("Reisepass: Documents to bring", PASSPORT, AnswerTexts.in("en")))
			.contains(Attribute.DOCUMENTS);
		assertThat(ServiceAnswers.detailAsked("Reisepass: Потрібні документи", PASSPORT, AnswerTexts.in("uk")))
			.contains(Attribute.DOCUMENTS);
		assertThat(ServiceAnswers.detailAsked("Was kostet der Reisepass?", PASSPORT, AnswerTexts.in("de")))
			.as("a question of the citizen's own")
			.isEmpty();
	}

	@Test
	void aLanguageAddedByAFileHasWorkingDetailQuickReplies(@TempDir Path folder) throws IOException {
		Files.writeString(folder.resolve("answers_nl.properties"), "detail.fee=Wat kost het?\n");
		AnswerTexts.addFolder(folder.toString());

		assertThat(ServiceAnswers.detailAsked("Reisepass: Wat kost het?", PASSPORT, AnswerTexts.in("nl")))
			.contains(Attribute.FEE);
	}

}
