package de.rathausbot.conversation;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import javax.sql.DataSource;

import de.rathausbot.tenant.Tenants;
import de.rathausbot.system.SystemProperties;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How fast the inbox and the analytics load with 100,000 stored messages, on H2 and on
 * PostgreSQL. Not part of {@code ./mvnw verify} (the name does not end in Tests); run it
 * with {@code ./mvnw test -Dtest=InboxAnalyticsBenchmark} and read the printed medians.
 */
class InboxAnalyticsBenchmark {

	private static final int MESSAGES = 100_000;

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final Instant NOW = Instant.parse("2026-11-22T12:00:00Z");

	@Test
	void h2() throws SQLException {
		JdbcDataSource h2 = new JdbcDataSource();
		h2.setURL("jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1");
		run("H2", h2);
	}

	@Test
	void postgres() throws IOException, SQLException {
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			run("PostgreSQL", postgres.getPostgresDatabase());
		}
	}

	private static void run(String name, DataSource dataSource) throws SQLException {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		long start = System.nanoTime();
		generate(dataSource);
		System.out.printf("%s: %,d messages generated in %,d ms%n", name, MESSAGES,
				(System.nanoTime() - start) / 1_000_000);
		JdbcClient jdbc = JdbcClient.create(dataSource);
		Inbox inbox = new Inbox(jdbc, Clock.fixed(NOW, BERLIN), new ConversationProperties(0.8), Tenants.single());
		Analytics analytics = new Analytics(jdbc, new SystemProperties("BW", BERLIN, new SystemProperties.Clock(null),
				new SystemProperties.City("", "#004f9f")), Tenants.single());
		LocalDate today = LocalDate.ofInstant(NOW, BERLIN);
		time(name + ": (counts only)", () -> jdbc.sql("""
				SELECT m.topic, COUNT(*) AS n FROM conversation_message m
				LEFT JOIN feedback f ON f.message_id = m.id
				LEFT JOIN inbox_decision d ON d.topic = m.topic
				WHERE m.topic IS NOT NULL AND (m.outcome <> 'ANSWERED' OR m.confidence < 0.8 OR f.helpful = FALSE)
				AND (d.topic IS NULL OR m.created_at > d.decided_at)
				GROUP BY m.topic ORDER BY n DESC LIMIT 50""").query().listOfRows().size());
		time(name + ": inbox, 50 most asked topics", () -> inbox.open(false, 50).size());
		time(name + ": inbox, 50 latest topics", () -> inbox.open(true, 50).size());
		time(name + ": analytics, last 30 days", () -> analytics.report(today.minusDays(29), today).messages());
		time(name + ": analytics, last 90 days", () -> analytics.report(today.minusDays(89), today).messages());
	}

	/** Runs 3 warm-ups and 7 measured rounds; prints the median and the slowest. */
	private static void time(String what, Supplier<Object> work) {
		Object result = null;
		for (int i = 0; i < 3; i++) {
			result = work.get();
		}
		long[] millis = new long[7];
		for (int i = 0; i < millis.length; i++) {
			long start = System.nanoTime();
			result = work.get();
			millis[i] = (System.nanoTime() - start) / 1_000_000;
		}
		Arrays.sort(millis);
		System.out.printf("%-45s median %,5d ms, slowest %,5d ms (result %s)%n", what, millis[3], millis[6], result);
	}

	/**
	 * 100,000 messages over 90 days in conversations of 1–8 messages; 70% web; 75%
	 * answered, 10% asked back, 15% fallbacks; fallback wordings from 3,000 topics with a
	 * long tail; 5% rated.
	 */
	private static void generate(DataSource dataSource) throws SQLException {
		Random random = new Random(7);
		String[] intents = { "reisepass", "personalausweis", "rathaus-oeffnungszeiten", "wohnsitz-anmelden",
				"kfz-zulassung", "fuehrungszeugnis", "termin-buergerbuero", "veranstaltungen" };
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement conversation = connection.prepareStatement(
					"INSERT INTO conversation (id, channel, started_at, last_activity_at) VALUES (?, ?, ?, ?)");
					PreparedStatement message = connection.prepareStatement("""
							INSERT INTO conversation_message (id, conversation_id, created_at, local_day, question,
							  answer, intent, confidence, outcome, language, topic)
							VALUES (?, ?, ?, ?, ?, 'Antwort', ?, ?, ?, 'de', ?)""");
					PreparedStatement feedback = connection.prepareStatement(
							"INSERT INTO feedback (message_id, helpful, comment, created_at) VALUES (?, ?, ?, ?)")) {
				int written = 0;
				int conversations = 0;
				while (written < MESSAGES) {
					String conversationId = "c" + conversations++;
					Instant at = NOW.minusSeconds((long) (random.nextDouble() * 90 * 86_400));
					int length = 1 + random.nextInt(8);
					OffsetDateTime first = at.atOffset(ZoneOffset.UTC);
					conversation.setString(1, conversationId);
					conversation.setString(2, random.nextDouble() < 0.7 ? "web" : "telegram");
					conversation.setObject(3, first);
					conversation.setObject(4, first.plusMinutes(length));
					conversation.addBatch();
					for (int i = 0; i < length && written < MESSAGES; i++, written++) {
						OffsetDateTime time = first.plusMinutes(i);
						double roll = random.nextDouble();
						String outcome = roll < 0.75 ? "ANSWERED" : roll < 0.85 ? "CLARIFIED" : "FALLBACK";
						int topic = (int) Math.floor(Math.pow(random.nextDouble(), 3) * 3000);
						String id = "m" + written;
						message.setString(1, id);
						message.setString(2, conversationId);
						message.setObject(3, time);
						message.setObject(4, LocalDate.ofInstant(time.toInstant(), BERLIN));
						message.setString(5, "Frage zum Thema " + topic);
						message.setString(6,
								"FALLBACK".equals(outcome) ? null : intents[random.nextInt(intents.length)]);
						message.setDouble(7, "FALLBACK".equals(outcome) ? random.nextDouble() * 0.5
								: 0.5 + random.nextDouble() * 0.5);
						message.setString(8, outcome);
						message.setString(9, String.format("%016x", topic));
						message.addBatch();
						if (random.nextDouble() < 0.05) {
							boolean helpful = random.nextDouble() < 0.7;
							feedback.setString(1, id);
							feedback.setBoolean(2, helpful);
							feedback.setString(3, helpful ? null : "passt nicht");
							feedback.setObject(4, time);
							feedback.addBatch();
						}
					}
					if (conversations % 500 == 0) {
						conversation.executeBatch();
						message.executeBatch();
						feedback.executeBatch();
					}
				}
				conversation.executeBatch();
				message.executeBatch();
				feedback.executeBatch();
			}
			connection.commit();
		}
	}

}
