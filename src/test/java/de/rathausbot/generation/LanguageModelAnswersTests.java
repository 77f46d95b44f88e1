package de.rathausbot.generation;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import de.rathausbot.CitizenChat;
import de.rathausbot.workspace.StaffSignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end with a city's model (a stub OpenAI-compatible server): a question a page
 * answers is phrased by the model, checked and labelled; a curated answer never reaches
 * the model; an answer the check rejects is replaced by the quoted passage, and the
 * inbox, the try-it panel, the analytics and the privacy page say what happened.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class LanguageModelAnswersTests {

	/** A question the demo content answers from a page (knowledge/pages/umzug-…). */
	private static final String PAGE_QUESTION = "Was muss ich nach dem Einzug mitbringen?";

	private static final StubLanguageModel MODEL = stub();

	@Autowired
	MockMvcTester mvc;

	@DynamicPropertySource
	static void model(DynamicPropertyRegistry properties) {
		properties.add("spring.datasource.url", () -> "jdbc:h2:mem:language-model;DB_CLOSE_DELAY=-1");
		properties.add("rathausbot.llm.base-url", MODEL::url);
		properties.add("rathausbot.llm.model", () -> "stadt-modell");
		properties.add("rathausbot.llm.timeout", () -> "10s");
	}

	private static StubLanguageModel stub() {
		try {
			return new StubLanguageModel();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@AfterAll
	static void stop() {
		MODEL.close();
	}

	/** The model quotes the first sentence of the first passage it got, citing it. */
	private static String groundedAnswer(String prompt) {
		String line = StubLanguageModel.passageLine(prompt, 1);
		int end = line.indexOf(". ");
		return (end < 0 ? line.replaceFirst("[.:]?$", "") : line.substring(0, end)) + " [1].";
	}

	private MvcTestResult staff(String method, String uri, String json) {
		var request = "GET".equals(method) ? this.mvc.get().uri(uri) : this.mvc.post().uri(uri);
		if (json != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return request.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN).exchange();
	}

	@Test
	void aQuestionAPageAnswersIsPhrasedByTheModelWithItsSourcesAndLabelled() {
		MODEL.answer(LanguageModelAnswersTests::groundedAnswer);

		String reply = CitizenChat.ask(this.mvc, PAGE_QUESTION);

		assertThat((Boolean) JsonPath.read(reply, "$.generated")).isTrue();
		String text = JsonPath.read(reply, "$.text");
		assertThat(text).contains("[1]", "Quellen:", "Automatisch aus den Seiten der Stadt zusammengefasst.");
		assertThat((List<String>) JsonPath.read(reply, "$.sources[*].url")).contains("https://www.ludwigsburg.de");
		assertThat(MODEL.requests().get(MODEL.requests().size() - 1)).contains("Frage: " + PAGE_QUESTION,
				"[1] Umzug nach Ludwigsburg");
	}

	@Test
	void aQuestionWithACuratedAnswerNeverReachesTheModel() {
		MODEL.answer(LanguageModelAnswersTests::groundedAnswer);
		int before = MODEL.requests().size();

		String passport = CitizenChat.ask(this.mvc, "Was kostet ein Reisepass?");
		String hours = CitizenChat.ask(this.mvc, "Wann hat das Rathaus heute geöffnet?");

		assertThat((Boolean) JsonPath.read(passport, "$.generated")).isFalse();
		assertThat((Boolean) JsonPath.read(hours, "$.generated")).isFalse();
		assertThat(MODEL.requests()).hasSize(before);
	}

	@Test
	void anAnswerWithAFeeNotInThePageIsReplacedByTheQuotedPassageAndStaffSeeWhy() {
		MODEL.answer(prompt -> "Für die Anmeldung bringen Sie 45,00 € in bar mit [1].");

		String reply = CitizenChat.ask(this.mvc, PAGE_QUESTION + " Und was kostet das?");

		assertThat((Boolean) JsonPath.read(reply, "$.generated")).isFalse();
		assertThat((String) JsonPath.read(reply, "$.text")).doesNotContain("45,00").contains("Mehr dazu");
		MvcTestResult inbox = staff("GET", "/api/admin/inbox?sort=latest", null);
		List<Map<String, Object>> topics = JsonPath.read(StaffSignIn.bodyOf(inbox), "$");
		assertThat(topics).anySatisfy(topic -> {
			assertThat(topic.get("modelNote")).isEqualTo("REJECTED: die Zahl 45,00 steht nicht in den Quellen [1]");
			assertThat(topic.get("reasons")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
				.containsEntry("modelRejected", 1);
		});
		String tried = StaffSignIn
			.bodyOf(staff("POST", "/api/admin/try", "{\"text\": \"" + PAGE_QUESTION + " Und was kostet das?\"}"));
		assertThat((String) JsonPath.read(tried, "$.languageModel.result")).isEqualTo("REJECTED");
		assertThat((String) JsonPath.read(tried, "$.languageModel.raw")).contains("45,00 €");
		assertThat((List<String>) JsonPath.read(tried, "$.languageModel.passages[*].text")).isNotEmpty();
		String analytics = StaffSignIn.bodyOf(staff("GET", "/api/admin/analytics", null));
		assertThat((Integer) JsonPath.read(analytics, "$.languageModel.rejected")).isGreaterThanOrEqualTo(1);
	}

	@Test
	void aModelThatFailsLeavesTheCitizenWithTheQuotedPassage() {
		MODEL.failWith(500);

		String reply = CitizenChat.ask(this.mvc, "Was bietet digitales Ludwigsburg?");

		assertThat((Boolean) JsonPath.read(reply, "$.generated")).isFalse();
		assertThat((Boolean) JsonPath.read(reply, "$.fallback")).isFalse();
		assertThat((String) JsonPath.read(reply, "$.text")).contains("Smart City");
		MODEL.answer(LanguageModelAnswersTests::groundedAnswer);
	}

	@Test
	void thePrivacyPageNamesTheModelAsAProcessor() {
		MvcTestResult page = this.mvc.get().uri("/datenschutz.html").exchange();

		assertThat(page).hasStatusOk();
		assertThat(page).bodyText()
			.contains("Automatisch formulierte Antworten", "stadt-modell", "http://localhost:")
			.contains("Datenschutzhinweise zum Chat-Assistenten");
	}

}
