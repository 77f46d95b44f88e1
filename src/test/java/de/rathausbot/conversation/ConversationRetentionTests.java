package de.rathausbot.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import de.rathausbot.privacy.PrivacyProperties;
import de.rathausbot.system.SystemProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention job with a fixed clock: messages older than the retention period go (with
 * their feedback and emptied conversations), their counts stay per day, and newer
 * messages are untouched. Runs on a database of its own.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:retention;DB_CLOSE_DELAY=-1")
@DirtiesContext
class ConversationRetentionTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	SystemProperties system;

	@Autowired
	de.rathausbot.system.ClusterLocks locks;

	private void message(String conversation, String id, String at, String outcome, String intent, Boolean helpful) {
		OffsetDateTime time = OffsetDateTime.parse(at).withOffsetSameInstant(ZoneOffset.UTC);
		if (this.jdbc.sql("SELECT COUNT(*) FROM conversation WHERE id = ?")
			.param(conversation)
			.query(Integer.class)
			.single() == 0) {
			this.jdbc
				.sql("INSERT INTO conversation (id, channel, started_at, last_activity_at) VALUES (?, 'web', ?, ?)")
				.params(conversation, time, time)
				.update();
		}
		this.jdbc.sql("UPDATE conversation SET last_activity_at = ? WHERE id = ? AND last_activity_at < ?")
			.params(time, conversation, time)
			.update();
		this.jdbc.sql("""
				INSERT INTO conversation_message (id, conversation_id, created_at, question, answer, intent, confidence,
				  outcome, language) VALUES (?, ?, ?, 'Frage', 'Antwort', ?, 0.9, ?, 'de')""")
			.params(id, conversation, time, intent, outcome)
			.update();
		if (helpful != null) {
			this.jdbc.sql("INSERT INTO feedback (message_id, helpful, created_at) VALUES (?, ?, ?)")
				.params(id, helpful, time)
				.update();
		}
	}

	@Test
	void deletesWhatIsOlderThanTheRetentionPeriodAndKeepsItsCounts() {
		// old conversation: two days before the cutoff
		message("c-old", "m1", "2026-08-20T10:00:00+02:00", "ANSWERED", "reisepass", true);
		message("c-old", "m2", "2026-08-20T23:30:00+02:00", "ANSWERED", "reisepass", false);
		message("c-old", "m3", "2026-08-21T00:30:00+02:00", "FALLBACK", null, null);
		// spans the cutoff: its old message goes, the conversation stays
		message("c-both", "m4", "2026-08-23T23:59:00+02:00", "CLARIFIED", "personalausweis", null);
		message("c-both", "m5", "2026-08-24T00:00:00+02:00", "ANSWERED", "personalausweis", null);
		// recent
		message("c-new", "m6", "2026-11-20T09:00:00+01:00", "ANSWERED", "reisepass", true);

		// 22.11.2026 minus 90 days: messages from 24.08.2026 on are kept
		Clock clock = Clock.fixed(Instant.parse("2026-11-22T02:15:00Z"), BERLIN);
		ConversationRetention retention = new ConversationRetention(this.jdbc, this.transactions, clock, this.system,
				new PrivacyProperties(90, "0 15 3 * * *"), de.rathausbot.tenant.Tenants.single(), this.locks);

		assertThat(retention.deleteExpired()).isEqualTo(4);

		assertThat(this.jdbc.sql("SELECT id FROM conversation_message ORDER BY id").query(String.class).list())
			.containsExactly("m5", "m6");
		assertThat(this.jdbc.sql("SELECT id FROM conversation ORDER BY id").query(String.class).list())
			.containsExactly("c-both", "c-new");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM feedback").query(Integer.class).single()).isEqualTo(1);

		List<Map<String, Object>> stats = this.jdbc.sql(
				"SELECT stat_day, outcome, intent, messages, helpful, unhelpful FROM message_stats ORDER BY stat_day, outcome")
			.query()
			.listOfRows();
		assertThat(stats).hasSize(3);
		assertThat(stats.get(0)).containsEntry("STAT_DAY", java.sql.Date.valueOf(LocalDate.of(2026, 8, 20)))
			.containsEntry("INTENT", "reisepass")
			.containsEntry("MESSAGES", 2L)
			.containsEntry("HELPFUL", 1L)
			.containsEntry("UNHELPFUL", 1L);
		// 00:30 in Berlin is still the 20th in UTC: days are the city's
		assertThat(stats.get(1)).containsEntry("STAT_DAY", java.sql.Date.valueOf(LocalDate.of(2026, 8, 21)))
			.containsEntry("OUTCOME", "FALLBACK")
			.containsEntry("INTENT", "")
			.containsEntry("MESSAGES", 1L);
		assertThat(stats.get(2)).containsEntry("STAT_DAY", java.sql.Date.valueOf(LocalDate.of(2026, 8, 23)))
			.containsEntry("OUTCOME", "CLARIFIED");

		// a second run finds nothing more and counts nothing twice
		assertThat(retention.deleteExpired()).isZero();
		assertThat(this.jdbc.sql("SELECT SUM(messages) FROM message_stats").query(Long.class).single()).isEqualTo(4);
	}

	@Test
	void forgetsADismissedInboxQuestionWithTheMessagesButKeepsAnApprovedOne() {
		OffsetDateTime old = OffsetDateTime.parse("2026-08-01T10:00:00Z");
		for (String[] decision : new String[][] { { "t-dismissed", "DISMISSED" }, { "t-approved", "EXAMPLE" } }) {
			this.jdbc.sql("""
					INSERT INTO inbox_decision (topic, action, question, target, decided_by, decided_at)
					VALUES (?, ?, 'Frage', 'reisepass', 'admin', ?)""").params(decision[0], decision[1], old).update();
		}
		Clock clock = Clock.fixed(Instant.parse("2026-11-22T02:15:00Z"), BERLIN);

		new ConversationRetention(this.jdbc, this.transactions, clock, this.system,
				new PrivacyProperties(90, "0 15 3 * * *"), de.rathausbot.tenant.Tenants.single(), this.locks)
			.deleteExpired();

		assertThat(this.jdbc.sql("SELECT topic FROM inbox_decision").query(String.class).list())
			.containsExactly("t-approved");
	}

	@Test
	void eachTenantKeepsItsConversationsForItsOwnPeriod() {
		message("c-short", "t1", "2026-10-10T10:00:00+02:00", "ANSWERED", "reisepass", null);
		message("c-long", "t2", "2026-10-10T10:00:00+02:00", "ANSWERED", "reisepass", null);
		this.jdbc.sql("UPDATE conversation SET tenant = 'kurz' WHERE id = 'c-short'").update();
		this.jdbc.sql("UPDATE conversation_message SET tenant = 'kurz' WHERE id = 't1'").update();
		this.jdbc.sql("UPDATE conversation SET tenant = 'lang' WHERE id = 'c-long'").update();
		this.jdbc.sql("UPDATE conversation_message SET tenant = 'lang' WHERE id = 't2'").update();
		de.rathausbot.tenant.Tenants tenants = de.rathausbot.tenant.Tenants.of(List.of(
				new de.rathausbot.tenant.Tenant("kurz", "Kurz", java.util.Optional.empty(), "Rathaus",
						java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), "#004f9f",
						java.util.Optional.empty(), java.util.Optional.of(30)),
				new de.rathausbot.tenant.Tenant("lang", "Lang", java.util.Optional.empty(), "Rathaus",
						java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), "#004f9f",
						java.util.Optional.empty(), java.util.Optional.empty())),
				"");

		// 22.11.2026: 43 days after the messages
		new ConversationRetention(this.jdbc, this.transactions,
				Clock.fixed(Instant.parse("2026-11-22T02:15:00Z"), BERLIN), this.system,
				new PrivacyProperties(90, "0 15 3 * * *"), tenants, this.locks)
			.deleteExpired();

		assertThat(this.jdbc.sql("SELECT id FROM conversation_message WHERE id IN ('t1', 't2')")
			.query(String.class)
			.list()).containsExactly("t2");
		assertThat(this.jdbc.sql("SELECT tenant FROM message_stats WHERE stat_day = DATE '2026-10-10'")
			.query(String.class)
			.list()).containsExactly("kurz");
		// the other tests of the class share the database
		this.jdbc.sql("DELETE FROM conversation WHERE id IN ('c-short', 'c-long')").update();
		this.jdbc.sql("DELETE FROM message_stats WHERE tenant = 'kurz'").update();
	}

}
