package de.rathausbot.dialogue;

import java.time.ZonedDateTime;
import java.util.Optional;

import de.rathausbot.nlu.Candidate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ensemble's three decisions on the demo content — answer, ask back, decline — for
 * the ways citizens really write: typos, transliteration, compounds, colloquial words,
 * English.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DialogueDecisionTests {

	private static final ZonedDateTime WEDNESDAY_MORNING = ZonedDateTime.parse("2026-11-25T10:00:00+01:00");

	@Autowired
	Dialogue dialogue;

	private Answer answer(String text) {
		return this.dialogue.answer(text, Optional.empty(), WEDNESDAY_MORNING);
	}

	@Test
	void answersDespiteTyposTransliterationAndCompounds() {
		assertThat(answer("Was kosstet ein Reispass?").text()).contains("70,00");
		assertThat(answer("Oeffnungszeiten Buergerbuero").outcome()).isEqualTo(Outcome.ANSWERED);
		assertThat(answer("Personalausweisverlängerung").text()).contains("Personalausweis");
		assertThat(answer("Perso beantragen").text()).contains("Personalausweis");
	}

	@Test
	void answersEnglishQuestionsAboutTheContent() {
		Answer answer = answer("How much does a passport cost?");

		assertThat(answer.outcome()).isEqualTo(Outcome.ANSWERED);
		assertThat(answer.text()).contains("€70.00");
	}

	@Test
	void declinesWhatTheContentDoesNotCover() {
		assertThat(answer("Stell einen Wecker auf sieben Uhr").fallback()).isTrue();
		assertThat(answer("Wann hat das Hallenbad geöffnet?").fallback()).isTrue();
	}

	@Test
	void asksBackWhenTwoAnswersAreEquallyLikely() {
		Answer answer = answer("Kosten");

		assertThat(answer.outcome()).isEqualTo(Outcome.CLARIFIED);
		assertThat(answer.quickReplies()).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void tellsThatTheRathausIsClosedOnItsClosingDay() {
		Answer answer = this.dialogue.answer("Hat das Rathaus am 24.12. offen?", Optional.empty(), WEDNESDAY_MORNING);

		assertThat(answer.text()).contains("Heiligabend").contains("geschlossen");
	}

	@Test
	void reportsCalibratedConfidenceNextToTheRawScore() {
		Candidate best = this.dialogue.explain("Was kostet ein Reisepass?").best().orElseThrow();

		assertThat(best.signals()).containsKey("raw");
		assertThat(best.confidence()).isBetween(0.0, 1.0).isNotEqualTo(best.raw());
	}

}
