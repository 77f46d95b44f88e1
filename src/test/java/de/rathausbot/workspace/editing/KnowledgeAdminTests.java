package de.rathausbot.workspace.editing;

import java.time.ZonedDateTime;
import java.util.Optional;

import de.rathausbot.dialogue.Dialogue;
import de.rathausbot.workspace.StaffSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing services, contacts and events: a changed fee is answered at once and can be
 * restored; a malformed item is refused at its field; what intents still need cannot be
 * deleted. Runs on a database of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:knowledge-admin;DB_CLOSE_DELAY=-1")
@DirtiesContext
class KnowledgeAdminTests {

	private static final String ADMIN = StaffSignIn.ADMIN;

	private static final String PASSPORT = """
			{"name": "Reisepass", "summary": "Den Reisepass beantragen Sie persönlich im Bürgerbüro.",
			 "fees": [{"amount": "%s", "condition": "ab 24 Jahren"}], "contact": "buergerbuero"%s}""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Dialogue dialogue;

	private MvcTestResult put(String uri, String json) {
		return this.mvc.put()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private String answer(String question) {
		return this.dialogue.answer(question, Optional.empty(), ZonedDateTime.now()).text();
	}

	@Test
	void aChangedFeeIsAnsweredAtOnceAndTheOldOneCanBeRestored() {
		assertThat(put("/api/admin/knowledge/services/reisepass", PASSPORT.formatted("75,00", ""))).hasStatusOk();
		assertThat(answer("Was kostet ein Reisepass?")).contains("75,00 €");

		assertThat(this.mvc.post()
			.uri("/api/admin/knowledge/services/reisepass/versions/1/restore")
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.exchange()).hasStatusOk();
		assertThat(answer("Was kostet ein Reisepass?")).contains("70,00 €");
	}

	@Test
	void refusesAMalformedItemAtItsField() {
		assertThat(put("/api/admin/knowledge/services/reisepass", PASSPORT.formatted("70,00", ", \"preis\": 3")))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("preis");
		assertThat(put("/api/admin/knowledge/services/reisepass", "{\"name\": \"Reisepass\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("summary");
		assertThat(put("/api/admin/knowledge/services/reisepass", PASSPORT.formatted("siebzig", ""))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("must be a number");
		assertThat(answer("Was kostet ein Reisepass?")).contains("70,00 €");
	}

	@Test
	void keepsWhatAnIntentStillNeeds() {
		assertThat(this.mvc.delete()
			.uri("/api/admin/knowledge/services/personalausweis")
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.exchange()).hasStatus(400).bodyJson().extractingPath("$.error").asString().contains("personalausweis");
		assertThat(this.mvc.get()
			.uri("/api/admin/knowledge/services/personalausweis")
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.exchange()).hasStatusOk();
		assertThat(this.mvc.get()
			.uri("/api/admin/knowledge/hallenbaeder")
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.exchange()).hasStatus(404);
	}

	@Test
	void addsAnEventThatTheCalendarAnswersWith() {
		assertThat(put("/api/admin/knowledge/events/adventsmarkt", """
				{"title": "Adventsmarkt auf dem Rathausplatz", "start": "2026-12-05T11:00", "end": "2026-12-05T20:00",
				 "location": "Rathausplatz"}""")).hasStatus(201);

		assertThat(this.dialogue
			.answer("Was ist am 5.12.2026 los?", Optional.empty(), ZonedDateTime.parse("2026-12-01T10:00:00+01:00"))
			.text()).contains("Adventsmarkt");
	}

}
