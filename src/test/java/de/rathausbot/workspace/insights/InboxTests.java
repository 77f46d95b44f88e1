package de.rathausbot.workspace.insights;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import de.rathausbot.CitizenChat;
import de.rathausbot.nlu.Topics;
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
 * The inbox: what the bot could not answer well, grouped by wording, and each action's
 * effect on the next answer. Runs on a database of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:inbox;DB_CLOSE_DELAY=-1")
@DirtiesContext
class InboxTests {

	@Autowired
	MockMvcTester mvc;

	private String ask(String text) {
		return CitizenChat.ask(this.mvc, text);
	}

	private String intentOf(String text) {
		return JsonPath.read(ask(text), "$.intent");
	}

	private MvcTestResult post(String uri, String json) {
		return this.mvc.post()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private List<Map<String, Object>> inbox(String sort) {
		MvcTestResult result = this.mvc.get()
			.uri("/api/admin/inbox?sort=" + sort)
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.exchange();
		assertThat(result).hasStatusOk();
		return JsonPath.read(StaffSignIn.bodyOf(result), "$");
	}

	private Map<String, Object> topic(String question) {
		String topic = Topics.of(question);
		return inbox("frequent").stream().filter(g -> topic.equals(g.get("topic"))).findFirst().orElse(null);
	}

	@Test
	void groupsSimilarWordingWithCountsReasonsAndComments() {
		ask("Wo kann ich mein Fahrrad codieren lassen?");
		ask("Fahrrad codieren lassen, wo?");
		String reply = ask("Was kostet ein Reisepass?");
		post("/api/chat/feedback",
				"{\"conversationId\": \"" + JsonPath.read(reply, "$.conversationId") + "\", \"messageId\": \""
						+ JsonPath.read(reply, "$.messageId")
						+ "\", \"helpful\": false, \"comment\": \"Ich wollte den Kinderreisepass\"}");

		Map<String, Object> bike = topic("Fahrrad codieren lassen, wo?");
		assertThat(bike).containsEntry("count", 2).containsEntry("question", "Fahrrad codieren lassen, wo?");
		assertThat((Map<String, Object>) bike.get("reasons")).containsEntry("fallback", 2);
		Map<String, Object> passport = topic("Was kostet ein Reisepass?");
		assertThat((Map<String, Object>) passport.get("reasons")).containsEntry("unhelpful", 1);
		assertThat((List<String>) passport.get("comments")).containsExactly("Ich wollte den Kinderreisepass");
		assertThat((List<String>) passport.get("answeredWith")).containsExactly("reisepass");
		// answered well and not rated: not in the inbox
		ask("Wann hat das Rathaus geöffnet?");
		assertThat(topic("Wann hat das Rathaus geöffnet?")).isNull();
		// the most asked first; with sort=latest the latest first
		assertThat(inbox("frequent").get(0)).containsEntry("topic", Topics.of("Fahrrad codieren lassen, wo?"));
		assertThat(inbox("latest").get(0)).containsEntry("topic", Topics.of("Was kostet ein Reisepass?"));
	}

	@Test
	void anExampleAddedFromTheInboxIsAnsweredAtOnceAndBecomesATestQuestion() {
		String question = "Papiere für die Einreise nach Kanada";
		assertThat(intentOf(question)).isNotEqualTo("reisepass");
		Map<String, Object> group = topic(question);
		assertThat(group).isNotNull();
		assertThat((List<Map<String, Object>>) group.get("suggestions")).isNotEmpty();

		assertThat(post("/api/admin/inbox/" + group.get("topic") + "/example", "{\"intent\": \"reisepass\"}"))
			.hasStatusOk();

		assertThat(intentOf(question)).isEqualTo("reisepass");
		assertThat(topic(question)).as("decided topics leave the inbox").isNull();
		MvcTestResult tests = this.mvc.get()
			.uri("/api/admin/tests")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.exchange();
		assertThat(tests).bodyJson()
			.extractingPath("$.results[?(@.question == '" + question + "')].source")
			.asArray()
			.containsExactly("inbox");
	}

	@Test
	void anIntentCreatedFromTheInboxAnswersTheQuestion() {
		String question = "Wo kann ich einen Sperrmülltermin anmelden?";
		ask(question);
		String topic = Topics.of(question);
		MvcTestResult created = post("/api/admin/inbox/" + topic + "/intent", """
				{"id": "sperrmuell", "title": "Sperrmüll anmelden",
				 "answer": "Sperrmüll melden Sie online beim Abfallwirtschaftsbetrieb an.",
				 "examples": ["Sperrmüll anmelden", "Sperrmüll abholen lassen", "Wann wird Sperrmüll abgeholt?",
				  "Sperrmülltermin vereinbaren", "Wie werde ich alte Möbel los?", "Sperrmüllabfuhr beantragen",
				  "Sperrmüll Ludwigsburg"]}""");
		assertThat(created).hasStatus(201);
		assertThat(StaffSignIn.bodyOf(created)).contains(question);
		assertThat(intentOf(question)).isEqualTo("sperrmuell");
		assertThat(post("/api/admin/inbox/" + topic + "/intent", "{}")).hasStatus(404);
	}

	@Test
	void aQuestionMarkedOutOfScopeIsKeptAsANegativeExample() throws java.io.IOException {
		String question = "Wo ist der nächste Geldautomat der Sparkasse?";
		ask(question);
		String topic = Topics.of(question);

		assertThat(post("/api/admin/inbox/" + topic + "/out-of-scope", "")).hasStatusOk();

		assertThat(JsonPath.<Boolean>read(ask(question), "$.fallback")).isTrue();
		assertThat(topic(question)).isNull();
		assertThat(exportedText()).contains(question);
		MvcTestResult tests = this.mvc.get()
			.uri("/api/admin/tests")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.exchange();
		assertThat(tests).bodyJson()
			.extractingPath("$.results[?(@.question == '" + question + "')].expect")
			.asArray()
			.containsExactly("out-of-scope");
	}

	/** All files of the content export, as one text. */
	private String exportedText() throws java.io.IOException {
		MvcTestResult export = this.mvc.get()
			.uri("/api/admin/export")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.exchange();
		StringBuilder text = new StringBuilder();
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
				new java.io.ByteArrayInputStream(export.getResponse().getContentAsByteArray()))) {
			while (zip.getNextEntry() != null) {
				text.append(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
			}
		}
		return text.toString();
	}

	@Test
	void aDismissedTopicComesBackWhenItIsAskedAgain() {
		String question = "Gibt es im Rathaus WLAN für Besucher?";
		ask(question);
		String topic = Topics.of(question);
		assertThat(this.mvc.post()
			.uri("/api/admin/inbox/" + topic + "/dismiss")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.exchange()).hasStatus(204);
		assertThat(topic(question)).isNull();

		ask("WLAN für Besucher im Rathaus?");

		assertThat(topic(question)).containsEntry("count", 1);
	}

	@Test
	void citizensCannotReadTheInbox() {
		assertThat(this.mvc.get().uri("/api/admin/inbox").exchange()).hasStatus(401);
	}

}
