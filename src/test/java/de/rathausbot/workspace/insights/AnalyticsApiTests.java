package de.rathausbot.workspace.insights;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import de.rathausbot.CitizenChat;
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
 * The analytics API on what citizens asked through the chat: JSON and CSV for a period,
 * bad periods refused, staff only. Runs on a database of its own. (The counting itself is
 * tested on a known data set in ConversationRepositoriesTests, on H2 and PostgreSQL.)
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:analytics;DB_CLOSE_DELAY=-1")
@DirtiesContext
// one database for the class: the counts of today are asked before other tests add
// messages
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.MethodName.class)
class AnalyticsApiTests {

	@Autowired
	MockMvcTester mvc;

	private String ask(String text) {
		return CitizenChat.ask(this.mvc, text);
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN).exchange();
	}

	@Test
	void countsTodaysMessagesInJsonAndCsv() {
		String reply = ask("Was kostet ein Reisepass?");
		ask("Wann hat das Rathaus geöffnet?");
		ask("Wie wird das Wetter morgen?");
		this.mvc.post()
			.uri("/api/chat/feedback")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"conversationId\": \"" + JsonPath.read(reply, "$.conversationId") + "\", \"messageId\": \""
					+ JsonPath.read(reply, "$.messageId") + "\", \"helpful\": true}")
			.exchange();
		String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();

		MvcTestResult report = get("/api/admin/analytics?from=" + today + "&to=" + today);
		assertThat(report).hasStatusOk();
		String json = StaffSignIn.bodyOf(report);
		assertThat((Integer) JsonPath.read(json, "$.messages")).isEqualTo(3);
		assertThat((Integer) JsonPath.read(json, "$.answered")).isEqualTo(2);
		assertThat((Integer) JsonPath.read(json, "$.fallback")).isEqualTo(1);
		assertThat((Double) JsonPath.read(json, "$.feedback.helpfulShare")).isEqualTo(1.0);
		assertThat((Integer) JsonPath.read(json, "$.channels.web")).isEqualTo(3);
		assertThat((Integer) JsonPath.read(json, "$.topIntents.reisepass")).isEqualTo(1);
		assertThat((String) JsonPath.read(json, "$.topUnanswered[0].question"))
			.isEqualTo("Wie wird das Wetter morgen?");

		MvcTestResult csv = get("/api/admin/analytics.csv?from=" + today + "&to=" + today);
		assertThat(csv).hasStatusOk();
		assertThat(csv.getResponse().getContentType()).startsWith("text/csv");
		assertThat(StaffSignIn.bodyOf(csv))
			.isEqualTo("day,messages,answered,clarified,fallback,helpful,unhelpful,web,telegram\n" + today
					+ ",3,2,0,1,1,0,3,0\n");
	}

	@Test
	void theLast30DaysByDefaultAndBadPeriodsAreRefused() {
		assertThat(get("/api/admin/analytics")).bodyJson().extractingPath("$.days.length()").isEqualTo(30);
		assertThat(get("/api/admin/analytics?from=2026-11-30&to=2026-11-01")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("after");
		assertThat(get("/api/admin/analytics?from=gestern")).hasStatus(400);
		assertThat(get("/api/admin/analytics.csv?from=2020-01-01&to=2026-01-01")).hasStatus(400);
		assertThat(this.mvc.get().uri("/api/admin/analytics").exchange()).hasStatus(401);
	}

	@Test
	void languagesCountTheirMessagesAndThoseTheBotCouldNotAnswer() {
		ask("How much is a passport?");
		ask("Скільки коштує паспорт?");
		String today = LocalDate.now(ZoneId.of("Europe/Berlin")).toString();

		String json = StaffSignIn.bodyOf(get("/api/admin/analytics?from=" + today + "&to=" + today));

		assertThat((List<Integer>) JsonPath.read(json, "$.languages.en")).containsExactly(1, 0);
		assertThat((List<Integer>) JsonPath.read(json, "$.languages.uk")).containsExactly(1, 1);
	}

}
