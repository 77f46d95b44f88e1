package de.rathausbot.dialogue.answers;

import java.time.ZonedDateTime;
import java.util.Optional;

import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.Dialogue;
import de.rathausbot.dialogue.Outcome;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.knowledge.Service;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Services answered by the attribute asked, concise first, with the other details one
 * quick reply away.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ServiceAnswersTests {

	/** Thursday 15:00: the Bürgerbüro is open until 18 Uhr. */
	private static final ZonedDateTime THURSDAY_AFTERNOON = ZonedDateTime.parse("2026-11-26T15:00:00+01:00");

	@Autowired
	Dialogue dialogue;

	@Autowired
	KnowledgeBase knowledge;

	private Answer answer(String text) {
		return this.dialogue.answer(text, Optional.empty(), THURSDAY_AFTERNOON);
	}

	@Test
	void answersTheFeeWithItsConditionsAndOffersTheRest() {
		Answer answer = answer("Was kostet ein Reisepass?");

		assertThat(answer.text()).contains("70,00 € ab 24 Jahren", "37,50 € unter 24 Jahren")
			.doesNotContain("Passfoto");
		assertThat(answer.quickReplies()).contains("Reisepass: Unterlagen", "Reisepass: So beantragen")
			.doesNotContain("Reisepass: Kosten");
	}

	@Test
	void answersTheDocumentsToBring() {
		Answer answer = answer("Was brauche ich für den Personalausweis?");

		assertThat(answer.text()).contains("bitte mitbringen", "biometrisches Passfoto").doesNotContain("37,00");
	}

	@Test
	void explainsHowToApplyWithStepsDocumentsFeeAndTheOfficeWithItsHours() {
		String text = answer("Wie beantrage ich einen Reisepass?").text();

		assertThat(text).contains("1. Termin beim Bürgerbüro online buchen", "Mitbringen:", "70,00 €",
				"Wo: Bürgerbüro der Stadt Ludwigsburg, Wilhelmstraße 11", "Donnerstag 8–12 Uhr und 14–18 Uhr",
				"jetzt geöffnet bis 18 Uhr");
	}

	@Test
	void answersWhereWithTheAddressAndWhoWithTheContact() {
		assertThat(answer("Wo beantrage ich den Pass?").text()).contains("Wilhelmstraße 11, 71638 Ludwigsburg")
			.doesNotContain("70,00");
		assertThat(answer("Wer ist für den Reisepass zuständig?").text()).contains("Zuständig für **Reisepass**",
				"Telefon: 07141 910-0");
	}

	@Test
	void givesAShortOverviewWhenNothingParticularIsAsked() {
		Answer answer = answer("Reisepass");

		assertThat(answer.text()).contains("70,00 €", "Zuständig: Bürgerbüro").doesNotContain("Mitbringen");
		assertThat(answer.quickReplies()).contains("Reisepass: Unterlagen", "Reisepass: So beantragen");
	}

	@Test
	void everyDetailQuickReplyAnswersThatDetailOfTheSameService() {
		for (Service service : this.knowledge.services()) {
			Answer overview = this.dialogue.answer(service.name(), Optional.empty(), THURSDAY_AFTERNOON);
			for (String quickReply : overview.quickReplies()) {
				if (!quickReply.startsWith(service.name() + ":")) {
					continue;
				}
				Answer detail = this.dialogue.answer(quickReply, Optional.empty(), THURSDAY_AFTERNOON);
				assertThat(detail.outcome()).as(quickReply).isEqualTo(Outcome.ANSWERED);
				assertThat(detail.text()).as(quickReply).contains("**" + service.name() + "**");
				assertThat(detail.text()).as(quickReply + " gives more than the overview")
					.isNotEqualTo(overview.text());
			}
		}
	}

}
