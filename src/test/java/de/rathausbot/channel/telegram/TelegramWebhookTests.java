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
 * Webhook mode: the webhook is registered once with its secret, and only requests that
 * carry the secret are taken.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class TelegramWebhookTests {

	private static final TelegramStub stub = TelegramStub.started();

	@Autowired
	MockMvcTester mvc;

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("rathausbot.telegram.token", () -> TelegramStub.TOKEN);
		registry.add("rathausbot.telegram.base-url", stub::baseUrl);
		registry.add("rathausbot.telegram.mode", () -> "webhook");
		registry.add("rathausbot.telegram.webhook-url", () -> "https://bot.example.org/api/telegram/webhook");
		registry.add("rathausbot.telegram.webhook-secret", () -> "s3cr3t-Token_42");
	}

	@AfterAll
	static void stopStub() {
		stub.close();
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult post(String secret, String update) {
		var request = this.mvc.post()
			.uri("/api/telegram/webhook")
			.contentType(MediaType.APPLICATION_JSON)
			.content(update);
		if (secret != null) {
			request = request.header(TelegramWebhook.SECRET_HEADER, secret);
		}
		return request.exchange();
	}

	@Test
	void registersTheWebhookWithItsSecretOnceAtStartUp() {
		assertThat(stub.requests("setWebhook")).singleElement()
			.satisfies(r -> assertThat(r.body()).contains("https://bot.example.org/api/telegram/webhook",
					"s3cr3t-Token_42"));
		assertThat(stub.requests("getUpdates")).as("no long polling in webhook mode").isEmpty();
	}

	@Test
	void rejectsAnUpdateWithoutTheRightSecret() {
		String update = TelegramStub.message(5001, 2001, "private", "Was kostet ein Reisepass?");

		assertThat(post(null, update)).hasStatus(401);
		assertThat(post("wrong", update)).hasStatus(401);
		assertThat(stub.requests("sendMessage")).noneSatisfy(r -> assertThat(r.body()).contains("\"2001\""));
	}

	@Test
	void answersAnUpdateWithTheSecret() {
		assertThat(post("s3cr3t-Token_42", TelegramStub.message(6001, 2002, "private", "Was kostet ein Reisepass?")))
			.hasStatusOk();

		await().atMost(Duration.ofSeconds(10))
			.until(() -> stub.requests("sendMessage").stream().anyMatch(r -> r.body().contains("\"2002\"")));
		assertThat(stub.requests("sendMessage")).anySatisfy(r -> assertThat(r.body()).contains("70,00"));
	}

	@Test
	void refusesABodyThatIsNoUpdate() {
		assertThat(post("s3cr3t-Token_42", "null")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("not a Telegram update");
		assertThat(post("s3cr3t-Token_42", "[1, 2]")).hasStatus(400);
	}

	@Test
	void refusesAnOversizedBodyAndChecksTheSecretFirst() {
		String huge = "{\"update_id\": 1, \"padding\": \"" + "x".repeat(TelegramWebhook.MAX_BODY) + "\"}";

		assertThat(post("s3cr3t-Token_42", huge)).hasStatus(413);
		assertThat(post(null, huge)).as("no secret: refused before the body is read").hasStatus(401);
	}

}
