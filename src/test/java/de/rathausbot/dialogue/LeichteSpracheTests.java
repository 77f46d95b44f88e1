package de.rathausbot.dialogue;

import java.time.ZonedDateTime;
import java.util.Optional;

import com.jayway.jsonpath.JsonPath;
import de.rathausbot.workspace.StaffSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who asks for Leichte Sprache (language {@code de-x-ls}) gets the text the city wrote in
 * it, with the facts on the card; where there is none, the usual German answer.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LeichteSpracheTests {

	private static final ZonedDateTime MONDAY = ZonedDateTime.parse("2026-11-30T10:00:00+01:00[Europe/Berlin]");

	@Autowired
	Dialogue dialogue;

	@Autowired
	MockMvcTester mvc;

	@Test
	void anIntentWithATextInLeichteSpracheAnswersWithItAndKeepsTheFactsOnTheCard() {
		Answer answer = this.dialogue.answer("Ich brauche einen neuen Personalausweis", Optional.of("de-x-ls"), MONDAY);

		assertThat(answer.text()).startsWith("Sie brauchen einen neuen Personal-Ausweis?")
			.contains("Machen Sie vorher einen Termin.");
		assertThat(answer.cards()).singleElement()
			.satisfies(card -> assertThat(card.facts()).extracting(Card.Fact::label).contains("Kosten"));
	}

	@Test
	void aServiceWithATextInLeichteSpracheAnswersWithItToo() {
		Answer answer = this.dialogue.answer("Wie melde ich meinen Wohnsitz an?", Optional.of("de-x-ls"), MONDAY);

		assertThat(answer.text()).startsWith("Sie ziehen um?").contains("Das Anmelden kostet nichts.");
		assertThat(answer.cards()).singleElement().extracting(Card::title).isEqualTo("Wohnsitz anmelden oder ummelden");
	}

	@Test
	void withoutATextInLeichteSpracheTheUsualAnswerAndPlainGermanWords() {
		Answer answer = this.dialogue.answer("Was kostet ein Reisepass?", Optional.of("de-x-ls"), MONDAY);

		assertThat(answer.text()).contains("70,00 €");
		assertThat(this.dialogue.answer("Ich brauche einen neuen Personalausweis", Optional.of("de"), MONDAY).text())
			.doesNotContain("Personal-Ausweis");
	}

	@Test
	void theChatApiTakesDeXLsAsLanguage() {
		String reply = StaffSignIn.bodyOf(this.mvc.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Ich möchte mit einem Menschen sprechen\", \"language\": \"de-x-ls\"}")
			.exchange());

		assertThat((String) JsonPath.read(reply, "$.text")).startsWith("Sie möchten mit einem Menschen sprechen?");
		assertThat((String) JsonPath.read(reply, "$.language")).isEqualTo("de-x-ls");
		assertThat(this.mvc.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Hallo\", \"language\": \"de-x-xyz\"}")
			.exchange()).hasStatus(400);
	}

}
