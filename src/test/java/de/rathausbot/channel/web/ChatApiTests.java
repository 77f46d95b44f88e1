package de.rathausbot.channel.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The chat API end to end, with the demo content: answers, conversations, and every kind
 * of bad request.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ChatApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	private MvcTestResult chat(String json) {
		return this.mvc.post().uri("/api/chat").contentType(MediaType.APPLICATION_JSON).content(json).exchange();
	}

	@Test
	void answersAQuestionWithTheFactsAndAllFieldsOfTheContract() {
		MvcTestResult result = chat("{\"text\": \"Was kostet ein Reisepass?\"}");

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.text").asString().contains("70,00 €", "37,50 €");
		assertThat(result).bodyJson().extractingPath("$.fallback").isEqualTo(false);
		assertThat(result).bodyJson().extractingPath("$.intent").isEqualTo("reisepass");
		assertThat(result).bodyJson().extractingPath("$.language").isEqualTo("de");
		assertThat(result).bodyJson()
			.extractingPath("$.confidence")
			.asNumber()
			.satisfies(c -> assertThat(c.doubleValue()).isBetween(0.0, 1.0));
		assertThat(result).bodyJson().extractingPath("$.conversationId").asString().isNotBlank();
		assertThat(result).bodyJson().extractingPath("$.messageId").asString().isNotBlank();
		assertThat(result).bodyJson().extractingPath("$.quickReplies").asArray().isNotEmpty();
		assertThat(result).bodyJson().extractingPath("$.sources").asArray().isNotEmpty();
	}

	@Test
	void fallsBackHonestlyWithTheRathausContact() {
		MvcTestResult result = chat("{\"text\": \"Wer gewinnt die Champions League?\"}");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.fallback").isEqualTo(true);
		assertThat(result).bodyJson().extractingPath("$.intent").isNull();
		assertThat(result).bodyJson()
			.extractingPath("$.text")
			.asString()
			.contains("07141 910-0", "rathaus@ludwigsburg.de");
		assertThat(result).bodyJson()
			.extractingPath("$.quickReplies")
			.asArray()
			.containsExactly("Öffnungszeiten des Rathauses", "Personalausweis", "Termin im Bürgerbüro vereinbaren");
	}

	@Test
	void asksWhichWasMeantWhenTwoAnswersAreEquallyLikelyAndAnswersTheChosenOne() {
		MvcTestResult question = chat("{\"text\": \"Kosten\"}");

		assertThat(question).bodyJson().extractingPath("$.text").asString().startsWith("Meinten Sie");
		assertThat(question).bodyJson().extractingPath("$.fallback").isEqualTo(false);
		assertThat(question).bodyJson()
			.extractingPath("$.quickReplies")
			.asArray()
			.contains("Personalausweis", "Reisepass");

		MvcTestResult choice = chat("{\"text\": \"Reisepass\"}");

		assertThat(choice).bodyJson().extractingPath("$.text").asString().contains("70,00 €");
	}

	@Test
	void recordsEveryQuestionWithItsAnswerForTheStaff() throws Exception {
		String conversation = JsonPath.read(
				chat("{\"text\": \"Was kostet ein Reisepass?\"}").getResponse().getContentAsString(),
				"$.conversationId");
		chat("{\"text\": \"Wie wird das Wetter?\", \"conversationId\": \"" + conversation + "\"}");

		List<Map<String, Object>> rows = this.jdbc.queryForList(
				"select question, intent, outcome, confidence from conversation_message where conversation_id = ? order by created_at",
				conversation);

		assertThat(rows).extracting(r -> r.get("QUESTION"))
			.containsExactly("Was kostet ein Reisepass?", "Wie wird das Wetter?");
		assertThat(rows).extracting(r -> r.get("INTENT")).containsExactly("reisepass", null);
		assertThat(rows).extracting(r -> r.get("OUTCOME")).containsExactly("ANSWERED", "FALLBACK");
		assertThat(
				this.jdbc.queryForObject("select channel from conversation where id = ?", String.class, conversation))
			.isEqualTo("web");
	}

	@Test
	void doesNotGiveTheRathausNumberForAnotherOffice() {
		MvcTestResult result = chat("{\"text\": \"Telefonnummer der Feuerwehr Ludwigsburg\"}");

		assertThat(result).bodyJson().extractingPath("$.fallback").isEqualTo(true);
	}

	@Test
	void givesTheRathausNumberWhenTheRathausIsNamed() {
		MvcTestResult result = chat("{\"text\": \"Telefonnummer Rathaus Zentrale\"}");

		assertThat(result).bodyJson().extractingPath("$.text").asString().contains("07141 910-0");
		assertThat(result).bodyJson().extractingPath("$.fallback").isEqualTo(false);
	}

	@Test
	void continuesAConversationTheServerIssuedAndStartsANewOneForAnIdItNeverIssued() throws Exception {
		String issued = JsonPath.read(chat("{\"text\": \"Hallo\"}").getResponse().getContentAsString(),
				"$.conversationId");

		assertThat(chat("{\"text\": \"Danke\", \"conversationId\": \"" + issued + "\"}")).bodyJson()
			.extractingPath("$.conversationId")
			.isEqualTo(issued);
		// a chosen or guessed id is not taken: it could be another citizen's
		assertThat(chat("{\"text\": \"Hallo\", \"conversationId\": \"my-conversation-42\"}")).bodyJson()
			.extractingPath("$.conversationId")
			.asString()
			.isNotEqualTo("my-conversation-42")
			.isNotEqualTo(issued);
	}

	@Test
	void answersAtTheRequestedMomentWhenTheClockOverrideIsAllowed() {
		MvcTestResult saturday = chat(
				"{\"text\": \"Ist das Rathaus jetzt offen?\", \"now\": \"2026-11-28T10:00:00+01:00\"}");
		MvcTestResult thursday = chat(
				"{\"text\": \"Ist das Rathaus jetzt offen?\", \"now\": \"2026-11-26T15:00:00+01:00\"}");

		assertThat(saturday).bodyJson().extractingPath("$.text").asString().contains("geschlossen", "Montag");
		assertThat(thursday).bodyJson().extractingPath("$.text").asString().contains("geöffnet", "18 Uhr");
	}

	@Test
	void answersInEnglishWhenTheCitizenChoosesEnglish() {
		MvcTestResult result = chat("{\"text\": \"Hallo\", \"language\": \"en\"}");

		assertThat(result).bodyJson().extractingPath("$.language").isEqualTo("en");
		assertThat(result).bodyJson().extractingPath("$.text").asString().contains("Hello");
	}

	@Test
	void rejectsEmptyText() {
		assertThat(chat("{\"text\": \"\"}")).hasStatus(400)
			.bodyJson()
			.isEqualTo("{\"error\": \"text must not be empty\"}");
	}

	@Test
	void rejectsWhitespaceOnlyText() {
		assertThat(chat("{\"text\": \"  \\n\\t \"}")).hasStatus(400)
			.bodyJson()
			.isEqualTo("{\"error\": \"text must not be empty\"}");
	}

	@Test
	void rejectsMissingText() {
		assertThat(chat("{\"conversationId\": \"abcdefgh\"}")).hasStatus(400)
			.bodyJson()
			.isEqualTo("{\"error\": \"text must not be empty\"}");
	}

	@Test
	void rejectsTextOverOneThousandCharacters() {
		String text = "a".repeat(1001);

		assertThat(chat("{\"text\": \"" + text + "\"}")).hasStatus(400)
			.bodyJson()
			.isEqualTo("{\"error\": \"text is too long: 1001 characters, at most 1000 are allowed\"}");
	}

	@Test
	void acceptsTextOfExactlyOneThousandCharacters() {
		assertThat(chat("{\"text\": \"" + "Rathaus ".repeat(125) + "\"}")).hasStatusOk();
	}

	@Test
	void rejectsMalformedJson() {
		assertThat(chat("{\"text\": \"Hallo\"")).hasStatus(400)
			.bodyJson()
			.isEqualTo(
					"{\"error\": \"malformed JSON: send an object like {\\\"text\\\": \\\"Wann hat das Rathaus geöffnet?\\\"}\"}");
	}

	@Test
	void rejectsAMissingBody() {
		MvcTestResult result = this.mvc.post().uri("/api/chat").contentType(MediaType.APPLICATION_JSON).exchange();

		assertThat(result).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.startsWith("request body is missing");
	}

	@Test
	void rejectsTheWrongContentType() {
		MvcTestResult result = this.mvc.post()
			.uri("/api/chat")
			.contentType(MediaType.TEXT_PLAIN)
			.content("Hallo")
			.exchange();

		assertThat(result).hasStatus(400)
			.bodyJson()
			.isEqualTo("{\"error\": \"unsupported content type text/plain: use application/json\"}");
	}

	@Test
	void rejectsAnInvalidConversationId() {
		assertThat(chat("{\"text\": \"Hallo\", \"conversationId\": \"x y\"}")).hasStatus(400)
			.bodyJson()
			.isEqualTo("{\"error\": \"conversationId must be 8 to 64 letters, digits, '-' or '_'\"}");
	}

	@Test
	void rejectsAnInvalidClockOverride() {
		assertThat(chat("{\"text\": \"Hallo\", \"now\": \"tomorrow\"}")).hasStatus(400)
			.bodyJson()
			.isEqualTo(
					"{\"error\": \"now must be an ISO-8601 date-time with offset, e.g. 2026-11-26T15:00:00+01:00\"}");
	}

	@Test
	void keepsServingAfterBadRequests() {
		chat("{\"text\": \"");
		chat("{\"text\": \"\"}");

		assertThat(chat("{\"text\": \"Danke\"}")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.intent")
			.isEqualTo("danke");
	}

	@Test
	void showsThePublicOnlyWhetherTheBotIsUp() {
		await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
			MvcTestResult health = this.mvc.get().uri("/actuator/health").exchange();
			assertThat(health).hasStatusOk();
			assertThat(health).bodyJson().extractingPath("$.status").isEqualTo("UP");
			assertThat(health).bodyJson().doesNotHavePath("$.components");
		});
	}

	@Test
	void reportsHealthyOnceContentIsLoadedAndTheMatcherTrained() {
		// the first training runs in the background, so health may still be DOWN for a
		// moment
		await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
			MvcTestResult health = this.mvc.get()
				.uri("/actuator/health")
				.header(HttpHeaders.AUTHORIZATION, "Basic " + java.util.Base64.getEncoder()
					.encodeToString("admin:test-admin-password".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
				.exchange();
			assertThat(health).hasStatusOk();
			assertThat(health).bodyJson().extractingPath("$.status").isEqualTo("UP");
			assertThat(health).bodyJson()
				.extractingPath("$.components.assistant.details.intents")
				.asNumber()
				.satisfies(n -> assertThat(n.intValue()).isGreaterThan(20));
			assertThat(health).bodyJson().extractingPath("$.components.assistant.details.calibrated").isEqualTo(true);
			assertThat(health).bodyJson()
				.extractingPath("$.components.assistant.details.signals")
				.asMap()
				.containsOnlyKeys("tfidf", "bm25", "ngram", "maxent", "fields", "passages");
		});
	}

}
