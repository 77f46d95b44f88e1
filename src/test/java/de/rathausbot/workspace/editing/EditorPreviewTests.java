package de.rathausbot.workspace.editing;

import de.rathausbot.workspace.StaffSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editors' live previews and checks, computed by the bot itself and storing nothing:
 * opening hours from the weekly form (and stored hours the form cannot express), an
 * event's next dates, how a changed intent would answer, which examples another intent
 * answers, and the first steps of a new city. At a fixed clock: Monday 30 November 2026,
 * 10:00.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:editor-previews;DB_CLOSE_DELAY=-1",
		"rathausbot.clock.fixed=2026-11-30T10:00:00+01:00" })
class EditorPreviewTests {

	private static final String RATHAUS_WEEK = """
			{"hours": {"days": [[{"from": "08:00", "to": "12:00"}], [{"from": "08:00", "to": "12:00"}],
			  [{"from": "08:00", "to": "12:00"}], [{"from": "08:00", "to": "12:00"}, {"from": "14:00", "to": "18:00"}],
			  [{"from": "08:00", "to": "12:00"}], [], []], "holidays": []},
			 "closures": [{"date": "24.12.", "reason": "Heiligabend"}]}""";

	@Autowired
	MockMvcTester mvc;

	private MvcTestResult post(String uri, String json) {
		return this.mvc.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	@Test
	void theWeeklyFormIsWrittenAsOpeningHoursAndPreviewedAsTheBotSaysIt() {
		MvcTestResult preview = post("/api/admin/knowledge/contacts/preview", RATHAUS_WEEK);

		assertThat(preview).hasStatusOk()
			.bodyJson()
			.extractingPath("$.openingHours")
			.isEqualTo("Mo-We,Fr 08:00-12:00; Th 08:00-12:00,14:00-18:00; PH off");
		assertThat(preview).bodyJson().extractingPath("$.preview.now").asString().startsWith("Jetzt geöffnet bis 12");
		assertThat(preview).bodyJson().extractingPath("$.preview.days[3].hours").isEqualTo("8–12 und 14–18 Uhr");
		assertThat(preview).bodyJson().extractingPath("$.preview.days").asArray().hasSize(7);
	}

	@Test
	void storedHoursTheFormCannotExpressArePreviewedButNotTurnedIntoAForm() {
		MvcTestResult preview = post("/api/admin/knowledge/contacts/preview",
				"{\"openingHours\": \"Mo-Fr 08:00-12:00, We 14:00-16:00\"}");

		assertThat(preview).hasStatusOk().bodyJson().extractingPath("$.form").isNull();
		assertThat(preview).bodyJson().extractingPath("$.openingHours").isEqualTo("Mo-Fr 08:00-12:00, We 14:00-16:00");
		assertThat(preview).bodyJson().extractingPath("$.preview.days[2].hours").isEqualTo("8–12 und 14–16 Uhr");
	}

	@Test
	void aTimeRangeEndingBeforeItStartsIsRefusedAtTheHours() {
		assertThat(post("/api/admin/knowledge/contacts/preview",
				"{\"hours\": {\"days\": [[{\"from\": \"12:00\", \"to\": \"08:00\"}], [], [], [], [], [], []], \"holidays\": []}}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("openingHours");
	}

	@Test
	void anEventsNextDatesAreListedAsTheBotComputesThem() {
		MvcTestResult preview = post("/api/admin/knowledge/events/preview", """
				{"title": "Repair-Café", "start": "2026-12-30T18:00", "end": "2026-12-30T20:00",
				 "repeat": "FREQ=MONTHLY;BYDAY=-1WE", "except": ["2027-01-27T18:00"]}""");

		assertThat(preview).hasStatusOk()
			.bodyJson()
			.extractingPath("$.repeats")
			.asString()
			.contains("letzten Mittwoch");
		assertThat(preview).bodyJson().extractingPath("$.dates[0]").asString().contains("30.12.2026").contains("18");
		assertThat(preview).bodyJson().extractingPath("$.dates[1]").asString().contains("24.02.2027");
		assertThat(post("/api/admin/knowledge/events/preview",
				"{\"title\": \"x\", \"start\": \"2026-12-30T18:00\", \"repeat\": \"FREQ=SECONDLY\"}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("repeat");
	}

	@Test
	void aChangedIntentIsAskedSomeOfItsExamplesBeforeItIsSaved() {
		MvcTestResult preview = post("/api/admin/intents/hundesteuer/preview", """
				{"title": "Hundesteuer", "answer": "Die Hundesteuer beträgt **108 €** im Jahr.",
				 "examples": ["Was kostet die Hundesteuer?", "Wie hoch ist die Hundesteuer?", "Hundesteuer bezahlen",
				  "Hundesteuer Ludwigsburg", "Muss ich Hundesteuer zahlen?", "Hundesteuer für zwei Hunde",
				  "Hundesteuer Betrag", "Steuer für meinen Hund"]}""");

		assertThat(preview).hasStatusOk().bodyJson().extractingPath("$.answers").asArray().hasSize(5);
		assertThat(preview).bodyJson().extractingPath("$.answers[0].ours").isEqualTo(true);
		assertThat(preview).bodyJson().extractingPath("$.answers[0].text").asString().contains("108 €");
		assertThat(this.mvc.get()
			.uri("/api/admin/intents/hundesteuer")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.exchange()).hasStatus(404);
	}

	@Test
	void anExampleThatAnotherIntentAnswersOrHasIsPointedOut() {
		MvcTestResult check = post("/api/admin/intents/rathaus-kontakt/examples/check",
				"{\"examples\": [\"Was kostet ein Reisepass?\", \"Wie erreiche ich das Rathaus?\"]}");

		assertThat(check).hasStatusOk().bodyJson().extractingPath("$[0].ours").isEqualTo(false);
		assertThat(check).bodyJson().extractingPath("$[0].answeredBy").asString().contains("reisepass");
		assertThat(check).bodyJson().extractingPath("$[1].ours").isEqualTo(true);
	}

	@Test
	void theFirstStepsSayWhatIsSetAndGiveTheEmbedCode() {
		MvcTestResult steps = this.mvc.get()
			.uri("/api/admin/first-steps")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.exchange();

		assertThat(steps).hasStatusOk().bodyJson().extractingPath("$.steps[0].done").isEqualTo(false);
		assertThat(steps).bodyJson().extractingPath("$.steps[1].done").isEqualTo(true);
		assertThat(steps).bodyJson().extractingPath("$.steps[3].state").asString().contains("ludwigsburg.de");
		assertThat(steps).bodyJson()
			.extractingPath("$.embed")
			.asString()
			.contains("/widget.js")
			.contains("data-color=\"#004f9f\"");
	}

}
