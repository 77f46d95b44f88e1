package de.rathausbot.handover;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Requests to be called back, when nobody is available for live chat and the city offers
 * it: a name and a phone number, stored only with the citizen's consent, shown to the
 * staff, deleted when done, with the conversation, or after
 * {@code rathausbot.handover.callbacks.keep-days}.
 */
@Component
class CallbackRequests {

	/** A request as staff see it. */
	record Request(String id, String name, String phone, Instant requestedAt) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final HandoverProperties settings;

	CallbackRequests(JdbcClient jdbc, Clock clock, HandoverProperties settings) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.settings = settings;
	}

	boolean offered() {
		return this.settings.callbacks().enabled();
	}

	void add(String conversationId, String tenant, String name, String phone) {
		this.jdbc.sql("""
				INSERT INTO callback_request (id, conversation_id, tenant, name, phone, created_at)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(UUID.randomUUID().toString(), conversationId, tenant, name, phone,
					this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	List<Request> open(String tenant) {
		return this.jdbc
			.sql("SELECT id, name, phone, created_at FROM callback_request WHERE tenant = ? ORDER BY created_at")
			.param(tenant)
			.query((rs, row) -> new Request(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, OffsetDateTime.class).toInstant()))
			.list();
	}

	/**
	 * @return false if there was no such request of the tenant
	 */
	boolean done(String id, String tenant) {
		return this.jdbc.sql("DELETE FROM callback_request WHERE id = ? AND tenant = ?")
			.params(id, tenant)
			.update() == 1;
	}

	int deleteExpired() {
		Instant before = this.clock.instant().minus(Duration.ofDays(this.settings.callbacks().keepDays()));
		return this.jdbc.sql("DELETE FROM callback_request WHERE created_at < ?")
			.param(before.atOffset(ZoneOffset.UTC))
			.update();
	}

}
