package de.rathausbot.workspace.editing;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
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
 * The "test before save" check: a change that breaks a regression question the bot
 * answers correctly now is refused with the question and what the bot would do instead,
 * nothing is stored, and the editor can save it anyway. Runs on a database of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:regression-tests;DB_CLOSE_DELAY=-1")
@DirtiesContext
class RegressionTestsAdminTests {

	private static final String ADMIN = StaffSignIn.ADMIN;

	@Autowired
	MockMvcTester mvc;

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, ADMIN).exchange();
	}

	private MvcTestResult send(org.springframework.http.HttpMethod method, String uri, String json) {
		return this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, uri)
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json == null ? "" : json));
	}

	@Test
	void theDemoContentPassesItsOwnRegressionQuestions() {
		MvcTestResult run = get("/api/admin/tests");
		assertThat(run).hasStatusOk();
		String body = StaffSignIn.bodyOf(run);
		List<String> failing = JsonPath.read(body, "$.results[?(@.passed == false)].question");
		assertThat(failing).isEmpty();
		assertThat((Integer) JsonPath.read(body, "$.total")).isGreaterThanOrEqualTo(10);
	}

	@Test
	void aDeletionThatBreaksAQuestionIsRefusedUntilForced() {
		MvcTestResult refused = send(org.springframework.http.HttpMethod.DELETE, "/api/admin/intents/begruessung",
				null);
		assertThat(refused).hasStatus(409);
		String body = StaffSignIn.bodyOf(refused);
		assertThat((String) JsonPath.read(body, "$.error")).contains("breaks");
		List<Map<String, Object>> regressions = JsonPath.read(body, "$.regressions");
		assertThat(regressions).extracting(r -> r.get("question")).containsExactly("Hallo");
		assertThat(regressions.get(0)).containsEntry("expect", "begruessung").containsEntry("passed", false);
		assertThat(regressions.get(0).get("got")).isNotEqualTo("begruessung");
		// nothing was stored
		assertThat(get("/api/admin/intents/begruessung")).hasStatusOk();
		assertThat(get("/api/admin/intents/begruessung/versions")).bodyJson().extractingPath("$.length()").isEqualTo(1);

		MvcTestResult forced = send(org.springframework.http.HttpMethod.DELETE,
				"/api/admin/intents/begruessung?force=true", null);
		assertThat(forced).hasStatus(204);
		assertThat(get("/api/admin/intents/begruessung")).hasStatus(404);
		assertThat(get("/api/admin/tests")).bodyJson()
			.extractingPath("$.results[?(@.question == 'Hallo')].passed")
			.asArray()
			.containsExactly(false);

		// with the question failing already, restoring the greeting is not blocked by it
		assertThat(send(org.springframework.http.HttpMethod.POST, "/api/admin/intents/begruessung/versions/1/restore",
				null))
			.hasStatusOk();
		assertThat(get("/api/admin/tests")).bodyJson()
			.extractingPath("$.results[?(@.question == 'Hallo')].passed")
			.asArray()
			.containsExactly(true);
	}

	@Test
	void aKnowledgeChangeIsTestedToo() {
		MvcTestResult service = get("/api/admin/knowledge/services/fuehrungszeugnis");
		assertThat(service).hasStatusOk();
		MvcTestResult refused = send(org.springframework.http.HttpMethod.DELETE,
				"/api/admin/knowledge/services/fuehrungszeugnis", null);
		// the intent "fuehrungszeugnis" refers to the service: a deletion that would
		// leave it dangling is refused by the content check first
		assertThat(refused).hasStatus(400);
		assertThat(get("/api/admin/knowledge/services/fuehrungszeugnis")).hasStatusOk();
	}

	@Test
	void staffAddAndRemoveQuestionsAndEveryChangeIsAVersion() {
		MvcTestResult added = send(org.springframework.http.HttpMethod.POST, "/api/admin/tests",
				"{\"question\": \"Was kostet ein Reisepass?\", \"expect\": \"reisepass\"}");
		assertThat(added).hasStatus(201);
		assertThat(StaffSignIn.bodyOf(added)).contains("Was kostet ein Reisepass?");
		assertThat(get("/api/admin/tests")).bodyJson()
			.extractingPath("$.results[?(@.question == 'Was kostet ein Reisepass?')].passed")
			.asArray()
			.containsExactly(true);

		MvcTestResult invalid = send(org.springframework.http.HttpMethod.POST, "/api/admin/tests",
				"{\"question\": \"Was kostet ein Reisepass?\", \"expect\": \"Reisepass!\"}");
		assertThat(invalid).hasStatus(400);
		assertThat(invalid).bodyJson().extractingPath("$.field").isEqualTo("expect");
		MvcTestResult noQuestion = send(org.springframework.http.HttpMethod.POST, "/api/admin/tests",
				"{\"question\": \" \", \"expect\": \"reisepass\"}");
		assertThat(noQuestion).hasStatus(400).bodyJson().extractingPath("$.error").asString().contains("question");
		assertThat(send(org.springframework.http.HttpMethod.POST, "/api/admin/tests", "{\"question\": [1,"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("not the JSON");

		assertThat(send(org.springframework.http.HttpMethod.DELETE,
				"/api/admin/tests?question=Was kostet ein Reisepass?", null))
			.hasStatusOk();
		assertThat(StaffSignIn.bodyOf(get("/api/admin/tests"))).doesNotContain("Was kostet ein Reisepass?");
		assertThat(get("/api/admin/tests/versions")).bodyJson().extractingPath("$.length()").isEqualTo(3);
	}

}
