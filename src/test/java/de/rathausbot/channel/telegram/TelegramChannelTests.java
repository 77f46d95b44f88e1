package de.rathausbot.channel.telegram;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The Telegram channel in long-polling mode against a local Bot API stub: questions,
 * quick-reply buttons, downloads, escaping, 429, a restart, stickers and groups. Each
 * test uses its own chat.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TelegramChannelTests {

	private static final TelegramStub stub = TelegramStub.started();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Update ids only grow, as Telegram's do, whatever order the tests run in. */
	private static final java.util.concurrent.atomic.AtomicLong updateIds = new java.util.concurrent.atomic.AtomicLong(
			100);

	private static long next() {
		return updateIds.incrementAndGet();
	}

	@Autowired
	TelegramStore store;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	TelegramPolling polling;

	@DynamicPropertySource
	static void telegram(DynamicPropertyRegistry registry) {
		registry.add("rathausbot.telegram.token", () -> TelegramStub.TOKEN);
		registry.add("rathausbot.telegram.base-url", stub::baseUrl);
		registry.add("rathausbot.telegram.poll-seconds", () -> "0");
		registry.add("rathausbot.telegram.retry-backoff", () -> "20ms");
	}

	@AfterAll
	void stopPollingAndStub() {
		this.polling.stop();
		stub.close();
	}

	/** The messages sent to a chat, parsed. */
	private static List<JsonNode> sentTo(long chat) {
		return stub.requests("sendMessage")
			.stream()
			.map(r -> JSON.readTree(r.body()))
			.filter(m -> m.path("chat_id").asString().equals(Long.toString(chat)))
			.toList();
	}

	private static JsonNode awaitMessageTo(long chat, int count) {
		await().atMost(Duration.ofSeconds(20)).until(() -> sentTo(chat).size() >= count);
		return sentTo(chat).get(count - 1);
	}

	@Test
	void slowsDownAChatThatFloodsTheBotOnce() {
		for (int i = 0; i < 25; i++) {
			stub.queue(TelegramStub.message(next(), 1099, "private", "Danke"));
		}

		await().atMost(Duration.ofSeconds(30))
			.until(() -> sentTo(1099).stream()
				.anyMatch(m -> m.path("text").asString().contains("sehr viele Nachrichten")));
		await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
		// twenty answered (the limit per minute), then asked once to slow down, the rest
		// left
		assertThat(sentTo(1099)).hasSize(21);
		assertThat(sentTo(1099).stream().filter(m -> m.path("text").asString().contains("sehr viele Nachrichten")))
			.hasSize(1);
	}

	@Test
	void answersAQuestionWithTheFactsInHtml() {
		stub.queue(TelegramStub.message(next(), 1001, "private", "Was kostet ein Reisepass?"));

		JsonNode answer = awaitMessageTo(1001, 1);

		assertThat(answer.path("text").asString()).contains("<b>Reisepass</b>", "70,00 €");
		assertThat(answer.path("parse_mode").asString()).isEqualTo("HTML");
		assertThat(answer.path("reply_markup").path("inline_keyboard").toString()).contains("Reisepass: Unterlagen");
	}

	/** The callback data of the message's button whose text contains {@code text}. */
	private static String callbackData(JsonNode message, String text) {
		for (JsonNode row : message.path("reply_markup").path("inline_keyboard")) {
			for (JsonNode button : row) {
				if (button.path("text").asString().contains(text)) {
					return button.path("callback_data").asString();
				}
			}
		}
		return null;
	}

	@Test
	void aQuickReplyButtonContinuesTheConversationAndIsAnswered() {
		stub.queue(TelegramStub.message(next(), 1002, "private", "Reisepass"));
		JsonNode overview = awaitMessageTo(1002, 1);
		String data = callbackData(overview, "Unterlagen");
		assertThat(data).startsWith("q:");
		assertThat(data.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);

		long callback = next();
		stub.queue(TelegramStub.callback(callback, 1002, data));

		JsonNode detail = awaitMessageTo(1002, 2);
		assertThat(detail.path("text").asString()).contains("mitbringen", "Passfoto");
		assertThat(stub.requests("answerCallbackQuery"))
			.anySatisfy(r -> assertThat(r.body()).contains("cb" + callback));
	}

	@Test
	void thumbsDownOnAnAnswerIsStoredAsFeedback() {
		stub.queue(TelegramStub.message(next(), 1012, "private", "Was kostet ein Reisepass?"));
		JsonNode answer = awaitMessageTo(1012, 1);
		String down = callbackData(answer, "Nicht hilfreich");
		assertThat(down).startsWith("r:0:");
		assertThat(down.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64);
		String messageId = down.substring(4);

		long callback = next();
		stub.queue(TelegramStub.callback(callback, 1012, down));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.jdbc.sql("SELECT COUNT(*) FROM feedback WHERE message_id = ? AND helpful = FALSE")
				.param(messageId)
				.query(Integer.class)
				.single() == 1);
		assertThat(stub.requests("answerCallbackQuery"))
			.anySatisfy(r -> assertThat(r.body()).contains("cb" + callback).contains("Danke"));
	}

	@Test
	void anEventsAnswerOffersItsCalendarFileAsAButton() {
		stub.queue(TelegramStub.message(next(), 1077, "private", "Wann war die Initiative K in Herrenberg?"));

		JsonNode answer = awaitMessageTo(1077, 1);

		assertThat(callbackData(answer, "In Kalender eintragen")).as(answer.toString())
			.isEqualTo("f:events:initiative-k-herrenberg");
	}

	@Test
	void sendsTheCalendarFileOfAnEventAsADocument() {
		stub.queue(TelegramStub.callback(next(), 1003, "f:events:gemeinderatssitzung"));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> stub.requests("sendDocument")
				.stream()
				.anyMatch(r -> r.body().contains("gemeinderatssitzung.ics")));
		assertThat(stub.requests("sendDocument")).anySatisfy(r -> assertThat(r.body()).contains("RRULE:FREQ=MONTHLY"));
	}

	@Test
	void escapesWhatHtmlWouldMisread() {
		stub.queue(TelegramStub.message(next(), 1004, "private", "Was kostet ein Reisepass? <b> & _*[]()~>#+-=|{}.!"));

		JsonNode answer = awaitMessageTo(1004, 1);

		assertThat(answer.path("text").asString()).doesNotContain("<b> &");
		assertThat(TelegramHtml.html("a < b & c > d _*[]()~#+-=|{}.! **fett**"))
			.isEqualTo("a &lt; b &amp; c &gt; d _*[]()~#+-=|{}.! <b>fett</b>");
	}

	@Test
	void waitsAsLongAsTelegramSaysAfter429AndThenSends() {
		stub.tooManyRequests(1);
		stub.queue(TelegramStub.message(next(), 1005, "private", "Wann hat das Rathaus geöffnet?"));

		JsonNode answer = awaitMessageTo(1005, 2);

		List<TelegramStub.Request> attempts = stub.requests("sendMessage")
			.stream()
			.filter(r -> r.body().contains("\"chat_id\":\"1005\""))
			.toList();
		assertThat(attempts).hasSize(2);
		assertThat(attempts.get(1).atMillis() - attempts.get(0).atMillis()).as("retry_after: 1 second")
			.isGreaterThanOrEqualTo(900);
		assertThat(answer.path("text").asString()).contains("Rathaus");
	}

	@Test
	void doesNotAnswerAnUpdateAgainAfterARestart() {
		long id = next();
		String update = TelegramStub.message(id, 1006, "private", "Adresse vom Rathaus");
		stub.queue(update);
		awaitMessageTo(1006, 1);

		this.polling.stop();
		int polls = stub.requests("getUpdates").size();
		stub.replay(update);
		this.polling.start();

		await().atMost(Duration.ofSeconds(20)).until(() -> stub.requests("getUpdates").size() > polls + 2);
		assertThat(stub.requests("getUpdates").subList(polls, stub.requests("getUpdates").size()))
			.as("after the restart the offset continues after the handled update")
			.allSatisfy(r -> assertThat(offset(r.body())).isGreaterThan(id));
		assertThat(sentTo(1006)).as("the replayed update is not answered twice").hasSize(1);
	}

	private static long offset(String body) {
		return JSON.readTree(body).path("offset").asLong();
	}

	@Test
	void answersAStickerThatItCanOnlyReadText() {
		stub.queue(TelegramStub.sticker(next(), 1007));

		assertThat(awaitMessageTo(1007, 1).path("text").asString()).contains("nur Textnachrichten");
	}

	@Test
	void inAGroupAnswersOnlyWhenMentionedOrCommanded() {
		stub.queue(TelegramStub.message(next(), -1008, "group", "Was kostet ein Reisepass?"));
		stub.queue(TelegramStub.message(next(), -1008, "group", "@rathaus_test_bot Was kostet ein Personalausweis?"));
		stub.queue(TelegramStub.message(next(), -1008, "group", "/hilfe@rathaus_test_bot"));

		awaitMessageTo(-1008, 2);
		await().pollDelay(Duration.ofMillis(500)).until(() -> true);

		List<JsonNode> sent = sentTo(-1008);
		assertThat(sent).hasSize(2);
		assertThat(sent.get(0).path("text").asString()).contains("37,00").doesNotContain("70,00");
		assertThat(sent.get(1).path("text").asString()).contains("/neu");
	}

	@Test
	void startsWithAWelcomeAndPrivacyNoteAndBeginsANewConversationOnNeu() {
		stub.queue(TelegramStub.message(next(), 1009, "private", "/start"));
		assertThat(awaitMessageTo(1009, 1).path("text").asString()).contains("Datenschutz");

		stub.queue(TelegramStub.message(next(), 1009, "private", "/neu"));

		assertThat(awaitMessageTo(1009, 2).path("text").asString()).contains("neues Gespräch");
	}

	@Test
	void deletesTheConversationOnLoeschen() {
		stub.queue(TelegramStub.message(next(), 1011, "private",
				"Meine Nummer ist 0176 12345678, was kostet ein Reisepass?"));
		awaitMessageTo(1011, 1);
		String conversation = this.store.conversation(1011);
		assertThat(this.jdbc.sql("SELECT question FROM conversation_message WHERE conversation_id = ?")
			.param(conversation)
			.query(String.class)
			.list()).containsExactly("Meine Nummer ist [TELEFON], was kostet ein Reisepass?");

		stub.queue(TelegramStub.message(next(), 1011, "private", "/loeschen"));

		assertThat(awaitMessageTo(1011, 2).path("text").asString()).contains("Gespräch ist gelöscht");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM conversation WHERE id = ?")
			.param(conversation)
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.store.conversation(1011)).isNotEqualTo(conversation);
	}

	@Test
	void forgetsChatsAndHandledUpdatesAfterTheRetentionPeriod() {
		this.jdbc.sql("INSERT INTO telegram_chat (chat_hash, conversation_id, updated_at) VALUES ('old', 'tg-x', ?)")
			.param(java.time.OffsetDateTime.now().minusDays(91))
			.update();
		this.jdbc.sql("INSERT INTO telegram_update (update_id, received_at) VALUES (1, ?)")
			.param(java.time.OffsetDateTime.now().minusDays(91))
			.update();
		stub.queue(TelegramStub.message(next(), 1013, "private", "Hallo"));
		awaitMessageTo(1013, 1);

		this.store.forgetExpired();

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM telegram_chat WHERE chat_hash = 'old'")
			.query(Integer.class)
			.single()).isZero();
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM telegram_update WHERE update_id = 1").query(Integer.class).single())
			.isZero();
		assertThat(this.store.lastUpdateId()).isPositive();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM telegram_chat").query(Integer.class).single()).isPositive();
	}

	@Test
	void splitsALongAnswerUnder4096CharactersAtParagraphs() {
		String paragraph = "Absatz mit Text. ".repeat(100).strip();
		String text = String.join("\n\n", java.util.Collections.nCopies(8, paragraph));

		List<String> messages = TelegramHtml.messages(text, TelegramHtml.MAX_LENGTH);

		assertThat(messages).hasSizeGreaterThan(1).allSatisfy(m -> assertThat(m.length()).isLessThanOrEqualTo(4096));
		assertThat(messages).allSatisfy(m -> assertThat(m).startsWith("Absatz").endsWith("Text."));
		assertThat(String.join("\n\n", messages)).isEqualTo(text);
	}

}
