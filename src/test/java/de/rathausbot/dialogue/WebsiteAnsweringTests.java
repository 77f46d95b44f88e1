package de.rathausbot.dialogue;

import java.time.ZonedDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A city's web pages and FAQ as knowledge: the bot quotes the lines of the passage that
 * answers, with the page's link; gives an FAQ entry's own answer; lets a service's
 * structured answer win; and declines when a page only shares a word with the question.
 */
@SpringBootTest(properties = { "rathausbot.knowledge.location=classpath:website/knowledge/",
		"rathausbot.intents.location=classpath:starter/intents/", "rathausbot.conversation.handover-contact=rathaus",
		// two pages calibrate little: the threshold a city with hundreds of pages gets by
		// calibration (measured with evaluate --pages), so these tests are about what is
		// quoted, not about how sure the bot is
		"rathausbot.nlu.threshold=0.45", "spring.datasource.url=jdbc:h2:mem:website-answering" })
@ActiveProfiles("test")
class WebsiteAnsweringTests {

	private static final ZonedDateTime NOW = ZonedDateTime.parse("2026-11-25T10:00:00+01:00");

	@Autowired
	Dialogue dialogue;

	private Answer answer(String text) {
		return this.dialogue.answer(text, Optional.empty(), NOW);
	}

	@Test
	void quotesThePassageThatAnswersWithTheLinkToItsPage() {
		Answer answer = answer("Wann wird die Biotonne geleert?");

		assertThat(answer.outcome()).isEqualTo(Outcome.ANSWERED);
		assertThat(answer.intent()).isEqualTo("page:abfall");
		assertThat(answer.text()).startsWith("Die Biotonne wird jede Woche am Dienstag geleert.")
			.contains("Im Winter leeren wir die Biotonne nur alle zwei Wochen.")
			.doesNotContain("Wertstoffhof")
			.endsWith("Mehr dazu: [Abfall und Wertstoffe in Musterstadt](https://www.musterstadt.example/abfall)");
		assertThat(answer.sources()).first()
			.isEqualTo(new Source("Abfall und Wertstoffe in Musterstadt", "https://www.musterstadt.example/abfall"));
		// the lines of the page's text that were quoted
		assertThat(answer.quoted()).containsExactly(6, 8);
	}

	@Test
	void quotesAListItemOfAnotherPassage() {
		Answer answer = answer("Welche Öffnungszeiten hat der Wertstoffhof?");

		assertThat(answer.intent()).isEqualTo("page:abfall");
		assertThat(answer.text()).contains("Freitag 14 bis 18 Uhr").doesNotContain("Biotonne");
	}

	@Test
	void answersAFaqEntryWithItsOwnAnswerAndSource() {
		Answer answer = answer("Wo kann ich einen Komposter bekommen?");

		assertThat(answer.intent()).isEqualTo("faq:komposter");
		assertThat(answer.text()).isEqualTo(
				"Komposter verkauft die Stadt zum Selbstkostenpreis im Bürgerbüro; Sie holen ihn am Wertstoffhof ab.");
		assertThat(answer.sources()).extracting(Source::url).contains("https://www.musterstadt.example/komposter");
	}

	@Test
	void letsTheServiceAnswerWhereItFitsAsWellAsAnFaqEntry() {
		// a question the service answers as well as the FAQ entry's wording
		assertThat(answer("Wie kann ich Sperrmüll abholen lassen?").intent()).isEqualTo("service:sperrmuellabholung");
	}

	@Test
	void letsTheServiceAnswerWithItsFeeWhereItFits() {
		Answer answer = answer("Was kostet die Sperrmüllabholung?");

		assertThat(answer.intent()).isEqualTo("service:sperrmuellabholung");
		assertThat(answer.text()).contains("20,00");
	}

	@Test
	void declinesWhenNoPassageAnswersThoughAPageSharesAWord() {
		assertThat(answer("Wo kann ich im Wertstoffhof mein Auto waschen und tanken?").outcome())
			.isEqualTo(Outcome.FALLBACK);
		assertThat(answer("Wie wird das Wetter morgen?").outcome()).isEqualTo(Outcome.FALLBACK);
	}

}
