package de.rathausbot.dialogue;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.intents.RegressionCase;
import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.nlu.IntentClassifier;
import de.rathausbot.nlu.Interpretation;
import de.rathausbot.training.RegressionCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Test before save" and the live bot decide with the same code: every question is
 * reported by the regression check exactly as the bot answers it, including the branches
 * the check once re-implemented without (an attribute of another office; a question
 * naming only a date with events).
 */
@SpringBootTest
@ActiveProfiles("test")
class OneDecisionTests {

	private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-26T15:00:00+01:00[Europe/Berlin]");

	@Autowired
	Dialogue dialogue;

	@Autowired
	Decider decider;

	@Autowired
	IntentClassifier classifier;

	@Autowired
	IntentCatalog intents;

	@Autowired
	KnowledgeBase knowledge;

	/** What the regression check reports for the question with the content in use. */
	private String checked(String question) {
		return new RegressionCheck(this.decider)
			.run(List.of(new RegressionCase(question, "rathaus", "test")), this.classifier.current(),
					this.intents.content(), this.knowledge.current(), NOW)
			.get(0)
			.got();
	}

	/** The same report made from what the live bot answers. */
	private String answered(String question) {
		Answer answer = this.dialogue.answer(question, Optional.empty(), NOW);
		return switch (answer.outcome()) {
			case FALLBACK -> IntentClassifier.OUT_OF_SCOPE;
			case CLARIFIED -> "clarify: " + String.join(" | ", answer.options());
			case ANSWERED -> answer.intent();
		};
	}

	@Test
	void anAttributeOfAnotherOfficeIsAFallbackForBoth() {
		for (String question : List.of("Telefonnummer vom Finanzamt Ludwigsburg", "Telefonnummer Klinikum Ludwigsburg",
				"Wann hat das Finanzamt Ludwigsburg offen?")) {
			// the matcher would answer a contact (the Rathaus's): only the check whether
			// the question is about that contact turns it into a fallback
			Interpretation interpretation = this.classifier.current().classify(question);
			List<Choice> choices = new Choices(this.intents.content(), this.knowledge.current()::find)
				.of(interpretation);
			Choices.Decision decision = Choices.decide(choices, interpretation, question, this.classifier.properties());
			assertThat(decision.kind()).as(question).isEqualTo(Choices.Decision.Kind.ANSWER);
			assertThat(decision.options().get(0).item()).as(question).containsInstanceOf(Contact.class);

			assertThat(answered(question)).as(question).isEqualTo(IntentClassifier.OUT_OF_SCOPE);
			assertThat(checked(question)).as(question).isEqualTo(answered(question));
		}
	}

	@Test
	void aQuestionNamingOnlyADateWithEventsListsThemForBoth() {
		String question = "Was war am 14.06.2021?";

		assertThat(answered(question)).isEqualTo(KnowledgeBase.EVENT_CALENDAR);
		assertThat(checked(question)).isEqualTo(answered(question));
	}

	@Test
	void everyOtherKindOfReactionIsReportedAsTheBotAnswers() {
		for (String question : List.of("Wann hat das Bürgerbüro offen?", "Was kostet ein Reisepass?",
				"Wer wird Fußballweltmeister?", "Veranstaltungen", "Wie melde ich meinen Wohnsitz um?")) {
			assertThat(checked(question)).as(question).isEqualTo(answered(question));
		}
	}

}
