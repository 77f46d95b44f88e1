package de.rathausbot.handover;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who of a tenant's staff is ready for live chats: marked available and seen recently by
 * the live-chat page (its refresh is the heartbeat), in the database so every instance
 * knows.
 */
@Component
class StaffPresence {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final HandoverProperties settings;

	StaffPresence(JdbcClient jdbc, Clock clock, HandoverProperties settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	/** Marks a staff member available or not, and seen now. */
	void mark(String username, String tenant, boolean available) {
		Instant now = this.clock.instant();
		int updated = this.jdbc
			.sql("UPDATE staff_presence SET available = ?, seen_at = ? WHERE username = ? AND tenant = ?")
			.params(available, now.atOffset(ZoneOffset.UTC), username, tenant)
			.update();
		if (updated == 0) {
			this.jdbc.sql("INSERT INTO staff_presence (username, tenant, available, seen_at) VALUES (?, ?, ?, ?)")
				.params(username, tenant, available, now.atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	/** Notes that a staff member's live-chat page is open. */
	void seen(String username, String tenant) {
		this.jdbc.sql("UPDATE staff_presence SET seen_at = ? WHERE username = ? AND tenant = ?")
			.params(this.clock.instant().atOffset(ZoneOffset.UTC), username, tenant)
			.update();
	}

	boolean isAvailable(String username, String tenant) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM staff_presence WHERE username = ? AND tenant = ? AND available"
					+ " AND seen_at >= ?")
			.params(username, tenant, since())
			.query(Long.class)
			.single() > 0;
	}

	/** How many of the tenant's staff are available now. */
	long available(String tenant) {
		return this.jdbc.sql("SELECT COUNT(*) FROM staff_presence WHERE tenant = ? AND available AND seen_at >= ?")
			.params(tenant, since())
			.query(Long.class)
			.single();
	}

	private java.time.OffsetDateTime since() {
		return this.clock.instant().minus(this.settings.presence()).atOffset(ZoneOffset.UTC);
	}

}
