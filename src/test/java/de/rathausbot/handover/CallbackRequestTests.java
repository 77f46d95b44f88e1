package de.rathausbot.handover;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import de.rathausbot.workspace.StaffSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When nobody is available and the city offers call backs: name and phone number are
 * stored only with the citizen's consent, shown to the staff, and deleted when done, with
 * the conversation, or after the days the city keeps them. Sunday: no live chat.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:callbacks;DB_CLOSE_DELAY=-1",
		"rathausbot.clock.fixed=2026-11-29T10:00:00+01:00", "rathausbot.handover.callbacks.enabled=true" })
@DirtiesContext
class CallbackRequestTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CallbackRequests callbacks;

	private String conversation() {
		String reply = StaffSignIn.bodyOf(this.mvc.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Ich möchte mit einem Menschen sprechen\"}")
			.exchange());
		assertThat((List<String>) JsonPath.read(reply, "$.quickReplies")).contains("Rückruf anfordern")
			.doesNotContain("Mit einer Mitarbeiterin / einem Mitarbeiter chatten");
		return JsonPath.read(reply, "$.conversationId");
	}

	private MvcTestResult request(String conversationId, String json) {
		return this.mvc.post()
			.uri("/api/chat/" + conversationId + "/callback")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private String overview() {
		return StaffSignIn.bodyOf(this.mvc.get()
			.uri("/api/admin/handover")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.exchange());
	}

	@Test
	void aCallBackNeedsTheCitizensConsentAndIsDeletedWhenDone() {
		String id = conversation();

		assertThat(request(id, "{\"name\": \"Erika Muster\", \"phone\": \"07141 123456\"}")).hasStatus(400)
			.bodyText()
			.contains("consent");
		assertThat(request(id, "{\"name\": \"Erika Muster\", \"phone\": \"07141 123456\", \"consent\": false}"))
			.hasStatus(400);
		assertThat(request(id, "{\"name\": \"Erika Muster\", \"phone\": \"bitte anrufen\", \"consent\": true}"))
			.hasStatus(400)
			.bodyText()
			.contains("phone");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM callback_request").query(Long.class).single()).isZero();

		assertThat(request(id, "{\"name\": \"Erika Muster\", \"phone\": \"07141 123456\", \"consent\": true}"))
			.hasStatus(201);
		String overview = overview();
		assertThat((List<String>) JsonPath.read(overview, "$.callbacks[*].phone")).containsExactly("07141 123456");
		String callback = JsonPath.read(overview, "$.callbacks[0].id");

		assertThat(this.mvc.post()
			.uri("/api/admin/handover/callbacks/" + callback + "/done")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.exchange()).hasStatus(204);
		assertThat((List<?>) JsonPath.read(overview(), "$.callbacks")).isEmpty();
	}

	@Test
	void aCallBackRequestGoesWithTheConversationOrAfterTheDaysKept() {
		String deleted = conversation();
		assertThat(request(deleted, "{\"name\": \"A\", \"phone\": \"0711 123456\", \"consent\": true}")).hasStatus(201);
		String old = conversation();
		assertThat(request(old, "{\"name\": \"B\", \"phone\": \"0711 654321\", \"consent\": true}")).hasStatus(201);

		assertThat(this.mvc.delete().uri("/api/chat/" + deleted).exchange()).hasStatus(204);
		this.jdbc.sql("UPDATE callback_request SET created_at = created_at - INTERVAL '8' DAY").update();

		assertThat(this.callbacks.deleteExpired()).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM callback_request").query(Long.class).single()).isZero();
	}

}
