package de.rathausbot.channel.telegram;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One Telegram bot for a Landkreis and its Kommunen: "/ort" offers the Kommunen, the
 * choice is remembered per chat, and the chat is answered with that Kommune's content; a
 * chat that chose nothing asks the default one.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:telegram-places;DB_CLOSE_DELAY=-1")
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "landkreis" })
@DirtiesContext
class TelegramPlacesTests {

	private static final TelegramStub stub = TelegramStub.started();

	private static final String SECRET = "places-Secret_1";

	@Autowired
	MockMvcTester mvc;

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("rathausbot.telegram.token", () -> TelegramStub.TOKEN);
		registry.add("rathausbot.telegram.base-url", stub::baseUrl);
		registry.add("rathausbot.telegram.mode", () -> "webhook");
		registry.add("rathausbot.telegram.webhook-url", () -> "https://bot.example.org/api/telegram/webhook");
		registry.add("rathausbot.telegram.webhook-secret", () -> SECRET);
	}

	@AfterAll
	static void stopStub() {
		stub.close();
	}

	private void send(String update) {
		assertThat(this.mvc.post()
			.uri("/api/telegram/webhook")
			.contentType(MediaType.APPLICATION_JSON)
			.header(TelegramWebhook.SECRET_HEADER, SECRET)
			.content(update)).hasStatusOk();
	}

	private static void awaitSent(long chat, String text) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> stub.requests("sendMessage")
				.stream()
				.anyMatch(r -> r.body().contains("\"" + chat + "\"") && r.body().contains(text)));
	}

	@Test
	void aChatPicksItsKommuneAndIsAnsweredWithItsContent() {
		send(TelegramStub.message(9001, 4001, "private", "/ort"));
		awaitSent(4001, "Beispielstadt (erfundenes Beispiel)");
		assertThat(stub.requests("sendMessage")).anySatisfy(r -> assertThat(r.body()).contains("o:beispielstadt"));

		send(TelegramStub.callback(9002, 4001, "o:beispielstadt"));
		awaitSent(4001, "Sie fragen jetzt: Beispielstadt");
		send(TelegramStub.message(9003, 4001, "private", "Wann hat das Rathaus geöffnet?"));
		awaitSent(4001, "Rathaus Beispielstadt");

		send(TelegramStub.message(9004, 4002, "private", "Wann hat das Rathaus geöffnet?"));
		awaitSent(4002, "Rathaus Ludwigsburg");
	}

}
