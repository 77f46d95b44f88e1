package de.rathausbot.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import de.rathausbot.tenant.Tenants;
import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.Outcome;
import de.rathausbot.system.SystemProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flyway schema and the SQL of the conversation log, the inbox and the analytics, run
 * for real against each supported database by a subclass.
 */
abstract class ConversationRepositoriesTests {

	@Autowired
	DataSource dataSource;

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final SystemProperties SYSTEM = new SystemProperties("BW", BERLIN, new SystemProperties.Clock(null),
			new SystemProperties.City("", "#004f9f"));

	private void message(JdbcClient jdbc, String conversation, String channel, String id, String at, String outcome,
			String intent, double confidence, String topic, Boolean helpful) {
		OffsetDateTime time = OffsetDateTime.parse(at).withOffsetSameInstant(ZoneOffset.UTC);
		if (jdbc.sql("SELECT COUNT(*) FROM conversation WHERE id = ?")
			.param(conversation)
			.query(Integer.class)
			.single() == 0) {
			jdbc.sql("INSERT INTO conversation (id, channel, started_at, last_activity_at) VALUES (?, ?, ?, ?)")
				.params(conversation, channel, time, time)
				.update();
		}
		jdbc.sql("""
				INSERT INTO conversation_message (id, conversation_id, created_at, local_day, question, answer, intent,
				  confidence, outcome, language, topic) VALUES (?, ?, ?, ?, ?, 'Antwort', ?, ?, ?, 'de', ?)""")
			.params(id, conversation, time, OffsetDateTime.parse(at).toLocalDate(), "Frage " + id, intent, confidence,
					outcome, topic)
			.update();
		if (helpful != null) {
			jdbc.sql("INSERT INTO feedback (message_id, helpful, comment, created_at) VALUES (?, ?, ?, ?)")
				.params(id, helpful, helpful ? null : "falsch", time)
				.update();
		}
	}

	/**
	 * A known data set: two days in November (one message just after midnight in Berlin,
	 * which is still the day before in UTC), web and Telegram, all outcomes, feedback,
	 * and a day in August kept only as counts.
	 */
	private JdbcClient knownDataSet() {
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		for (String table : List.of("feedback", "conversation_message", "conversation", "message_stats",
				"inbox_decision")) {
			jdbc.sql("DELETE FROM " + table).update();
		}
		message(jdbc, "a", "web", "a1", "2026-11-20T10:00:00+01:00", "ANSWERED", "reisepass", 0.95, "t-pass", true);
		message(jdbc, "a", "web", "a2", "2026-11-20T10:01:00+01:00", "ANSWERED", "reisepass", 0.60, "t-pass", false);
		message(jdbc, "a", "web", "a3", "2026-11-20T10:02:00+01:00", "FALLBACK", null, 0.10, "t-bike", null);
		message(jdbc, "b", "telegram", "b1", "2026-11-21T00:30:00+01:00", "FALLBACK", null, 0.20, "t-bike", null);
		message(jdbc, "b", "telegram", "b2", "2026-11-21T09:00:00+01:00", "CLARIFIED", "personalausweis", 0.70, "t-id",
				null);
		message(jdbc, "b", "telegram", "b3", "2026-11-21T09:05:00+01:00", "ANSWERED", "rathaus-oeffnungszeiten", 0.99,
				"t-hours", null);
		jdbc.sql("""
				INSERT INTO message_stats (stat_day, channel, outcome, intent, messages, helpful, unhelpful)
				VALUES (?, 'web', 'ANSWERED', 'reisepass', 5, 2, 1)""").param(LocalDate.of(2026, 8, 20)).update();
		return jdbc;
	}

	@Test
	void analyticsCountPerDayOfTheCityWithTheRetainedCounts() {
		JdbcClient jdbc = knownDataSet();
		Analytics.Report november = new Analytics(jdbc, SYSTEM, Tenants.single()).report(LocalDate.of(2026, 11, 19),
				LocalDate.of(2026, 11, 21));

		assertThat(november.messages()).isEqualTo(6);
		assertThat(november.answered()).isEqualTo(3);
		assertThat(november.clarified()).isEqualTo(1);
		assertThat(november.fallback()).isEqualTo(2);
		assertThat(november.helpful()).isEqualTo(1);
		assertThat(november.unhelpful()).isEqualTo(1);
		assertThat(november.channels()).containsOnly(Map.entry("telegram", 3L), Map.entry("web", 3L));
		assertThat(november.topIntents()).containsExactly(Map.entry("reisepass", 2L),
				Map.entry("rathaus-oeffnungszeiten", 1L));
		assertThat(november.topUnanswered()).extracting(Analytics.Unanswered::count).containsExactly(2L);
		assertThat(november.days()).extracting(Analytics.Day::messages).containsExactly(0L, 3L, 3L);
		assertThat(november.days().get(2).fallback()).isEqualTo(1);

		Analytics.Report august = new Analytics(jdbc, SYSTEM, Tenants.single()).report(LocalDate.of(2026, 8, 1),
				LocalDate.of(2026, 8, 31));
		assertThat(august.messages()).isEqualTo(5);
		assertThat(august.helpful()).isEqualTo(2);
		assertThat(august.topIntents()).containsExactly(Map.entry("reisepass", 5L));
		assertThat(august.days()).hasSize(31);
	}

	@Test
	void theInboxGroupsWhatWasNotAnsweredWell() {
		JdbcClient jdbc = knownDataSet();
		Inbox inbox = new Inbox(jdbc, Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), BERLIN),
				new ConversationProperties(0.8), Tenants.single());

		List<Inbox.Group> open = inbox.open(false, 10);

		// t-pass: one low-confidence and unhelpful answer; t-bike: two fallbacks; t-id:
		// asked back
		assertThat(open).extracting(Inbox.Group::topic).containsExactly("t-bike", "t-id", "t-pass");
		assertThat(open.get(0).count()).isEqualTo(2);
		assertThat(open.get(0).question()).isEqualTo("Frage b1");
		assertThat(open.get(2).unhelpful()).isEqualTo(1);
		assertThat(open.get(2).lowConfidence()).isEqualTo(1);
		assertThat(open.get(2).comments()).containsExactly("falsch");

		inbox.decide("t-bike", Inbox.Action.OUT_OF_SCOPE, "Frage b1", null, "admin");
		assertThat(inbox.open(true, 10)).extracting(Inbox.Group::topic).containsExactly("t-id", "t-pass");
		assertThat(inbox.approved()).extracting(r -> r.expect()).containsExactly("out-of-scope");
	}

	private ConversationLog log(JdbcClient jdbc) {
		return new ConversationLog(jdbc, new DataSourceTransactionManager(this.dataSource), SYSTEM, Tenants.single());
	}

	@Test
	void storesConversationsAndTheirMessagesInOrder() {
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		Instant start = Instant.parse("2026-11-26T14:00:00Z");
		Answer first = new Answer("Ja, jetzt geöffnet.", Outcome.ANSWERED, "rathaus-oeffnungszeiten", 0.91, "de",
				List.of(), List.of());
		Answer second = new Answer("Dazu kann ich leider nichts sagen.", Outcome.FALLBACK, null, 0.12, "de", List.of(),
				List.of());
		log(jdbc).record("conversation-1", false, "web", "m1", start, "Rathaus offen?", first, "rathaus");
		log(jdbc).record("conversation-1", true, "web", "m2", start.plusSeconds(30), "Wetter?", second, "wetter");

		List<Map<String, Object>> stored = jdbc.sql("""
				SELECT question, intent, confidence, outcome, created_at FROM conversation_message
				WHERE conversation_id = 'conversation-1' ORDER BY created_at""").query().listOfRows();

		assertThat(stored).extracting(row -> value(row, "question")).containsExactly("Rathaus offen?", "Wetter?");
		assertThat(value(stored.get(0), "intent")).isEqualTo("rathaus-oeffnungszeiten");
		assertThat(((Number) value(stored.get(0), "confidence")).doubleValue()).isEqualTo(0.91);
		assertThat(value(stored.get(0), "outcome")).isEqualTo("ANSWERED");
		assertThat(value(stored.get(1), "intent")).isNull();
		assertThat(value(stored.get(1), "outcome")).isEqualTo("FALLBACK");
		assertThat(jdbc.sql("SELECT created_at FROM conversation_message WHERE id = 'm2'")
			.query(OffsetDateTime.class)
			.single()
			.toInstant()).isEqualTo(start.plusSeconds(30).truncatedTo(ChronoUnit.MICROS));
	}

	@Test
	void keepsLongAnswersAndUpdatesTheLastActivity() {
		JdbcClient jdbc = JdbcClient.create(this.dataSource);
		Instant start = Instant.parse("2026-11-26T14:00:00Z");
		String longAnswer = "x".repeat(9000);
		log(jdbc).record("conversation-2", false, "telegram", "m3", start, "q".repeat(1000),
				new Answer(longAnswer, Outcome.ANSWERED, "a", 0.5, "en", List.of(), List.of()), null);
		log(jdbc).record("conversation-2", true, "telegram", "m4", start.plusSeconds(600), "Danke",
				new Answer("Gern!", Outcome.ANSWERED, "danke", 0.9, "de", List.of(), List.of()), null);

		assertThat(jdbc.sql("SELECT last_activity_at FROM conversation WHERE id = 'conversation-2'")
			.query(OffsetDateTime.class)
			.single()
			.toInstant()).isEqualTo(start.plusSeconds(600));
		assertThat(
				jdbc.sql("SELECT channel FROM conversation WHERE id = 'conversation-2'").query(String.class).single())
			.isEqualTo("telegram");
		assertThat(jdbc.sql("SELECT answer FROM conversation_message WHERE id = 'm3'").query(String.class).single())
			.hasSize(9000);
	}

	/** A column of a row, whatever case the database gives its name. */
	private static Object value(Map<String, Object> row, String column) {
		return row.containsKey(column) ? row.get(column) : row.get(column.toUpperCase(java.util.Locale.ROOT));
	}

}
