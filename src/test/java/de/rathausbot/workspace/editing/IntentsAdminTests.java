package de.rathausbot.workspace.editing;

import java.util.List;
import java.util.Optional;

import de.rathausbot.RathausbotApplication;
import de.rathausbot.dialogue.Dialogue;
import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.workspace.StaffSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing intents through the API: a saved change is answered with at once, a malformed
 * one is refused at its field and changes nothing, every save is a version that can be
 * restored (a deletion too), and all of it survives a restart. Runs on a database of its
 * own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:intents-admin;DB_CLOSE_DELAY=-1")
@DirtiesContext
class IntentsAdminTests {

	private static final String ADMIN = StaffSignIn.ADMIN;

	private static final String DOG_TAX = """
			{"title": "Hundesteuer", "answer": "Die Hundesteuer beträgt 108 Euro im Jahr für den ersten Hund.",
			 "examples": ["Was kostet die Hundesteuer?", "Hundesteuer anmelden", "Wie hoch ist die Hundesteuer?",
			  "Muss ich für meinen Hund Steuern zahlen?", "Hund anmelden Steuer", "Hundesteuer Ludwigsburg",
			  "Steuer für den Hund", "Hundemarke beantragen"],
			 "quickReplies": ["Öffnungszeiten des Rathauses"]}""";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Dialogue dialogue;

	private MvcTestResult put(String id, String json) {
		return this.mvc.put()
			.uri("/api/admin/intents/" + id)
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, ADMIN).exchange();
	}

	private String answer(String question) {
		return this.dialogue.answer(question, Optional.empty(), java.time.ZonedDateTime.now()).text();
	}

	private static final String BULKY_WASTE = """
			{"title": "Sperrmüll", "answer": "Sperrmüll holt die Abfallwirtschaft zweimal im Jahr kostenlos ab.",
			 "examples": ["Wann wird Sperrmüll abgeholt?", "Sperrmüll anmelden", "Wohin mit dem alten Sofa?",
			  "Kostet die Sperrmüllabholung etwas?", "Sperrmülltermin", "Alte Möbel entsorgen",
			  "Sperrmüll Abholung beantragen", "Wie werde ich Sperrmüll los?"]%s}""";

	@Test
	void anIntentsAnswerInOtherLanguagesAndLeichteSpracheIsEditedAndKeptWhenLeftOut() {
		assertThat(put("sperrmuell",
				BULKY_WASTE.formatted(
						", \"translations\": {\"en\": \"Bulky waste is collected free of charge twice a year.\"},"
								+ " \"leichteSprache\": \"Sie haben alte Möbel? Die Stadt holt sie ab.\"")))
			.hasStatus(201);
		assertThat(
				this.dialogue.answer("Wann wird Sperrmüll abgeholt?", Optional.of("en"), java.time.ZonedDateTime.now())
					.text())
			.contains("collected free of charge");
		assertThat(this.dialogue
			.answer("Wann wird Sperrmüll abgeholt?", Optional.of("de-x-ls"), java.time.ZonedDateTime.now())
			.text()).contains("Die Stadt holt sie ab.");

		assertThat(put("sperrmuell", BULKY_WASTE.formatted("").replace("zweimal", "dreimal"))).hasStatusOk();
		assertThat(get("/api/admin/intents/sperrmuell")).bodyText()
			.as("a save without them keeps translations and Leichte Sprache")
			.contains("collected free of charge", "Die Stadt holt sie ab.", "dreimal");

		assertThat(put("sperrmuell", BULKY_WASTE.formatted(
				", \"translations\": {\"en\": \"Bulky waste is collected.\"}, \"titles\": {\"en\": \"Bulky waste\"}")))
			.hasStatusOk();
		assertThat(get("/api/admin/intents/sperrmuell")).bodyText()
			.as("answer and title of a language stored together")
			.contains("\"en\":{\"answer\":\"Bulky waste is collected.\",\"title\":\"Bulky waste\"}");

		assertThat(put("sperrmuell", BULKY_WASTE.formatted(", \"translations\": {\"english\": \"x\"}"))).hasStatus(400)
			.bodyText()
			.contains("two-letter language code");
	}

	@Test
	void aNewIntentIsAnsweredAsSoonAsItIsSavedAndSurvivesARestart() {
		assertThat(answer("Was kostet die Hundesteuer?")).doesNotContain("108 Euro");

		long start = System.nanoTime();
		MvcTestResult saved = put("hundesteuer", DOG_TAX);
		String answer = answer("Was kostet die Hundesteuer?");
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("intents: from save to the chat answering with the change: " + millis + " ms");

		assertThat(saved).hasStatus(201).bodyJson().extractingPath("$.version").isEqualTo(1);
		assertThat(answer).contains("108 Euro");
		start = System.nanoTime();
		MvcTestResult changed = put("hundesteuer", DOG_TAX.replace("108 Euro", "120 Euro"));
		answer = answer("Was kostet die Hundesteuer?");
		System.out.println("intents: a second save to the answer: " + (System.nanoTime() - start) / 1_000_000
				+ " ms (published in "
				+ com.jayway.jsonpath.JsonPath.read(StaffSignIn.bodyOf(changed), "$.publishedInMs") + " ms)");
		assertThat(answer).contains("120 Euro");
		assertThat(get("/api/admin/intents?q=hunde")).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.contains("hundesteuer");
		try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(RathausbotApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=jdbc:h2:mem:intents-admin;DB_CLOSE_DELAY=-1",
					"--spring.main.banner-mode=off")) {
			assertThat(restarted.getBean(IntentCatalog.class).content().find("hundesteuer")).isPresent();
		}
	}

	@Test
	void refusesAMalformedSaveAtItsFieldAndKeepsWhatWasThere() {
		MvcTestResult before = get("/api/admin/intents/personalausweis");

		assertThat(put("personalausweis",
				"{\"title\": \"Personalausweis\", \"examples\": [\"nur eins\"], "
						+ "\"knowledge\": \"service:personalausweis\"}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("examples");
		assertThat(put("personalausweis",
				"{\"title\": \"Personalausweis\", \"examples\": [\"a\",\"b\",\"c\",\"d\",\"e\","
						+ "\"f\",\"g\",\"h\"], \"knowledge\": \"service:perso\"}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("knowledge");
		assertThat(put("personalausweis", "{\"examples\": []}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("title");

		assertThat(get("/api/admin/intents/personalausweis")).bodyText().isEqualTo(StaffSignIn.bodyOf(before));
		assertThat(answer("Was kostet ein Personalausweis?")).contains("37,00");
	}

	@Test
	void everySaveIsAVersionWithItsDiffAndAnyVersionCanBeRestored() {
		put("danke-test", """
				{"title": "Dank", "answer": "Sehr gern geschehen!", "examples": ["danke schön", "vielen dank",
				 "merci", "dankeschön", "danke für die hilfe", "tausend dank", "besten dank", "danke sehr"]}""");
		put("danke-test", """
				{"title": "Dank", "answer": "Gern! Kann ich noch etwas tun?", "examples": ["danke schön", "vielen dank",
				 "merci", "dankeschön", "danke für die hilfe", "tausend dank", "besten dank", "danke sehr"]}""");

		MvcTestResult versions = get("/api/admin/intents/danke-test/versions");
		assertThat(versions).bodyJson().extractingPath("$[*].summary").asArray().containsExactly("created", "changed");
		assertThat(versions).bodyJson()
			.extractingPath("$[1].diff")
			.asArray()
			.contains("- answer: Sehr gern geschehen!", "+ answer: Gern! Kann ich noch etwas tun?");
		assertThat(versions).bodyJson().extractingPath("$[1].author").isEqualTo("admin");

		assertThat(this.mvc.post()
			.uri("/api/admin/intents/danke-test/versions/1/restore")
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.exchange()).hasStatusOk().bodyJson().extractingPath("$.answer").isEqualTo("Sehr gern geschehen!");
		assertThat(get("/api/admin/intents/danke-test/versions")).bodyJson()
			.extractingPath("$[2].summary")
			.isEqualTo("restored version 1");
	}

	@Test
	void aDeletionCanBeUndone() {
		put("oeffnung-test", """
				{"title": "Testöffnung", "answer": "Zum Testen.", "examples": ["eins zwei drei", "vier fünf sechs",
				 "sieben acht neun", "zehn elf zwölf", "dreizehn vierzehn", "fünfzehn sechzehn", "siebzehn achtzehn",
				 "neunzehn zwanzig"]}""");

		assertThat(this.mvc.delete()
			.uri("/api/admin/intents/oeffnung-test")
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.exchange()).hasStatus(204);
		assertThat(get("/api/admin/intents/oeffnung-test")).hasStatus(404);
		List<Object> versions = com.jayway.jsonpath.JsonPath
			.read(StaffSignIn.bodyOf(get("/api/admin/intents/oeffnung-test/versions")), "$[*].deleted");
		assertThat(versions).containsExactly(false, true);

		assertThat(this.mvc.post()
			.uri("/api/admin/intents/oeffnung-test/versions/1/restore")
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.exchange()).hasStatusOk();
		assertThat(get("/api/admin/intents/oeffnung-test")).hasStatusOk();
	}

	@Test
	void needsASignInToEdit() {
		assertThat(this.mvc.put()
			.uri("/api/admin/intents/hundesteuer")
			.contentType(MediaType.APPLICATION_JSON)
			.content(DOG_TAX)
			.exchange()).hasStatus(401);
	}

}
