package de.rathausbot.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.rathausbot.privacy.PrivacyProperties;
import de.rathausbot.system.ClusterLocks;
import de.rathausbot.system.SystemProperties;
import de.rathausbot.tenant.Tenant;
import de.rathausbot.tenant.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes messages (with their feedback) older than
 * {@code rathausbot.privacy.retention-days} whole days, and conversations left without
 * messages. Before they go, they are counted per day, channel, outcome and intent into
 * {@code message_stats}, so the analytics keep their numbers.
 */
@Component
public class ConversationRetention {

	private static final Logger log = LoggerFactory.getLogger(ConversationRetention.class);

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final ZoneId zone;

	private final int retentionDays;

	private final Tenants tenants;

	private final ClusterLocks locks;

	ConversationRetention(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock,
			SystemProperties system, PrivacyProperties privacy, Tenants tenants, ClusterLocks locks) {
		this.tenants = tenants;
		this.locks = locks;
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
		this.zone = system.timeZone();
		this.retentionDays = privacy.retentionDays();
	}

	/** Runs at {@code rathausbot.privacy.retention-cron}. */
	@Scheduled(cron = "${rathausbot.privacy.retention-cron:0 15 3 * * *}",
			zone = "${rathausbot.time-zone:Europe/Berlin}")
	void scheduled() {
		// one instance of the installation deletes; the others find the lock held
		this.locks.tryHold("retention").ifPresentOrElse(held -> {
			try (held) {
				deleteExpired();
			}
		}, () -> log.info("Retention: another instance is deleting"));
	}

	/**
	 * Counts and deletes what is older than the retention period.
	 * @return how many messages were deleted
	 */
	public int deleteExpired() {
		int deleted = 0;
		List<String> configured = this.tenants.all().stream().map(Tenant::id).toList();
		for (Tenant tenant : this.tenants.all()) {
			deleted += deleteExpired(tenant.retentionDays().orElse(this.retentionDays), "= :tenant", tenant.id(),
					List.of());
		}
		// rows of tenants no longer configured keep the installation's period
		return deleted + deleteExpired(this.retentionDays, "NOT IN (:configured)", "", configured);
	}

	/** What of the tenants the condition selects is older than {@code days}. */
	private int deleteExpired(int days, String tenants, String tenant, List<String> configured) {
		LocalDate firstKept = LocalDate.now(this.clock.withZone(this.zone)).minusDays(days);
		OffsetDateTime cutoff = firstKept.atStartOfDay(this.zone)
			.toOffsetDateTime()
			.withOffsetSameInstant(ZoneOffset.UTC);
		Map<String, Object> params = Map.of("cutoff", cutoff, "tenant", tenant, "configured",
				configured.isEmpty() ? List.of("") : configured);
		Integer deleted = this.transactions.execute(status -> {
			countIntoStats(tenants, params);
			int messages = this.jdbc
				.sql("DELETE FROM conversation_message WHERE tenant " + tenants + " AND created_at < :cutoff")
				.params(params)
				.update();
			// the messages of live chats with staff, likewise
			this.jdbc.sql("DELETE FROM live_message WHERE tenant " + tenants + " AND created_at < :cutoff")
				.params(params)
				.update();
			// what staff dismissed is forgotten with the messages; approved questions
			// stay as test questions of the content
			this.jdbc
				.sql("DELETE FROM inbox_decision WHERE tenant " + tenants
						+ " AND action = 'DISMISSED' AND decided_at < :cutoff")
				.params(params)
				.update();
			this.jdbc.sql("DELETE FROM conversation WHERE tenant " + tenants + " AND last_activity_at < :cutoff"
					+ " AND NOT EXISTS (SELECT 1 FROM conversation_message m WHERE m.conversation_id = conversation.id)"
					+ " AND NOT EXISTS (SELECT 1 FROM live_message l WHERE l.conversation_id = conversation.id)")
				.params(params)
				.update();
			return messages;
		});
		if (deleted != null && deleted > 0) {
			log.info("Retention: deleted {} messages{} from before {} (kept as daily counts)", deleted,
					tenant.isEmpty() || !this.tenants.several() ? "" : " of " + tenant, firstKept);
		}
		return deleted == null ? 0 : deleted;
	}

	private record Key(String tenant, LocalDate day, String channel, String outcome, String intent) {
	}

	private void countIntoStats(String tenants, Map<String, Object> params) {
		Map<Key, long[]> counts = new HashMap<>();
		this.jdbc
			.sql("SELECT m.created_at, c.channel, m.outcome, m.intent, f.helpful, m.tenant"
					+ " FROM conversation_message m JOIN conversation c ON c.id = m.conversation_id"
					+ " LEFT JOIN feedback f ON f.message_id = m.id WHERE m.tenant " + tenants
					+ " AND m.created_at < :cutoff")
			.params(params)
			.query(rs -> {
				Instant at = rs.getObject(1, OffsetDateTime.class).toInstant();
				String intent = rs.getString(4);
				Key key = new Key(rs.getString(6), LocalDate.ofInstant(at, this.zone), rs.getString(2), rs.getString(3),
						intent == null ? "" : intent);
				long[] n = counts.computeIfAbsent(key, k -> new long[3]);
				n[0]++;
				Object helpful = rs.getObject(5);
				if (helpful != null) {
					n[rs.getBoolean(5) ? 1 : 2]++;
				}
			});
		counts.forEach((key, n) -> {
			int updated = this.jdbc.sql("""
					UPDATE message_stats SET messages = messages + ?, helpful = helpful + ?, unhelpful = unhelpful + ?
					WHERE tenant = ? AND stat_day = ? AND channel = ? AND outcome = ? AND intent = ?""")
				.params(n[0], n[1], n[2], key.tenant(), key.day(), key.channel(), key.outcome(), key.intent())
				.update();
			if (updated == 0) {
				this.jdbc.sql("""
						INSERT INTO message_stats (tenant, stat_day, channel, outcome, intent, messages, helpful,
						  unhelpful)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(key.tenant(), key.day(), key.channel(), key.outcome(), key.intent(), n[0], n[1], n[2])
					.update();
			}
		});
	}

}
