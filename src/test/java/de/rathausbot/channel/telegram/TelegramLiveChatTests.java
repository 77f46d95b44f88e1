package de.rathausbot.channel.telegram;

import java.time.Duration;
import java.util.List;

import de.rathausbot.workspace.StaffSignIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A live chat from Telegram (against the Bot API stub): the offer and the queue as
 * messages with buttons, the staff member's messages as ordinary messages, the bot silent
 * meanwhile, and the chat's id forgotten when the live chat ends.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:telegram-live;DB_CLOSE_DELAY=-1",
		"rathausbot.clock.fixed=2026-11-30T10:00:00+01:00" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramLiveChatTests {

	private static final TelegramStub stub = TelegramStub.started();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long CHAT = 3001;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TelegramStore store;

	@Autowired
	TelegramPolling polling;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("rathausbot.telegram.token", () -> TelegramStub.TOKEN);
		registry.add("rathausbot.telegram.base-url", stub::baseUrl);
		registry.add("rathausbot.telegram.poll-seconds", () -> "0");
	}

	@AfterAll
	void stop() {
		this.polling.stop();
		stub.close();
	}

	private static List<JsonNode> sent() {
		return stub.requests("sendMessage")
			.stream()
			.map(r -> JSON.readTree(r.body()))
			.filter(m -> m.path("chat_id").asString().equals(Long.toString(CHAT)))
			.toList();
	}

	private static String awaitText(String part) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> sent().stream().anyMatch(m -> m.path("text").asString().contains(part)));
		return sent().stream()
			.map(m -> m.path("text").asString())
			.filter(t -> t.contains(part))
			.reduce((a, b) -> b)
			.orElseThrow();
	}

	private long update = 500;

	private void citizen(String text) {
		stub.queue(TelegramStub.message(++this.update, CHAT, "private", text));
	}

	private MvcTestResult staff(String method, String uri, String json) {
		var request = "PUT".equals(method) ? this.mvc.put().uri(uri) : this.mvc.post().uri(uri);
		return request.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json == null ? "{}" : json)
			.exchange();
	}

	@Test
	void aTelegramChatTalksWithAStaffMemberAndTheBotAnswersAgainAfterwards() {
		assertThat(staff("PUT", "/api/admin/handover/availability", "{\"available\": true}")).hasStatus(204);
		citizen("Ich möchte mit einem Menschen sprechen");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> sent().stream()
				.anyMatch(m -> m.path("reply_markup").toString().contains("Mitarbeiter chatten")));
		citizen("Mit einer Mitarbeiterin / einem Mitarbeiter chatten");
		assertThat(awaitText("Warteschlange")).contains("Platz 1");
		String conversation = this.store.conversation(CHAT);
		assertThat(this.store.liveChatOf(conversation)).contains(CHAT);

		assertThat(staff("POST", "/api/admin/handover/" + conversation + "/take", null)).hasStatus(204);
		awaitText("ist jetzt für Sie da");
		int before = sent().size();
		citizen("Hallo, sind Sie da?");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> this.jdbc
				.sql("SELECT COUNT(*) FROM live_message WHERE conversation_id = ? AND author = 'CITIZEN'")
				.param(conversation)
				.query(Long.class)
				.single() == 2);
		assertThat(sent()).as("the bot does not answer").hasSize(before);

		assertThat(staff("POST", "/api/admin/handover/" + conversation + "/messages",
				"{\"text\": \"Ja, ich bin da. Worum geht es?\"}"))
			.hasStatus(201);
		assertThat(awaitText("Worum geht es?")).startsWith("<b>Mitarbeiterin / Mitarbeiter der Stadt:</b>");

		assertThat(staff("POST", "/api/admin/handover/" + conversation + "/close", "{\"backToBot\": true}"))
			.hasStatus(204);
		awaitText("Ich beantworte wieder Ihre Fragen");
		assertThat(this.store.liveChatOf(conversation)).isEmpty();
		citizen("Was kostet ein Reisepass?");
		awaitText("70,00 €");
	}

}
