package de.rathausbot.handover;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The handovers of conversations to staff, in the database (so every instance sees the
 * same queue): requested, taken by one staff member (a conditional update: two cannot
 * take the same), ended.
 */
@Component
class Handovers {

	/** A handover that has not ended. */
	record Open(String id, String conversationId, String tenant, String channel, State state, Instant requestedAt,
			String takenBy) {
	}

	enum State {

		WAITING, ACTIVE,
		/** Ended by the staff member, with the bot answering again. */
		CLOSED,
		/** Handed back to the bot by the staff member. */
		RETURNED,
		/** The citizen stopped waiting. */
		CANCELLED,
		/** Nobody took it within {@code rathausbot.handover.max-wait}. */
		ABANDONED

	}

	private final JdbcClient jdbc;

	Handovers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Open> open(String conversationId) {
		return this.jdbc.sql("SELECT * FROM handover WHERE conversation_id = ?")
			.param(conversationId)
			.query(Handovers::open)
			.optional();
	}

	Open request(String conversationId, String tenant, String channel, Instant at) {
		String id = UUID.randomUUID().toString();
		this.jdbc.sql("""
				INSERT INTO handover (id, conversation_id, tenant, channel, state, requested_at)
				VALUES (?, ?, ?, ?, 'WAITING', ?)""")
			.params(id, conversationId, tenant, channel, at.atOffset(ZoneOffset.UTC))
			.update();
		return new Open(id, conversationId, tenant, channel, State.WAITING, at, null);
	}

	/** The place in the tenant's queue, 1 = next. */
	int position(Open handover) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM handover WHERE tenant = ? AND state = 'WAITING'
				  AND (requested_at < ? OR (requested_at = ? AND id <= ?))""")
			.params(handover.tenant(), handover.requestedAt().atOffset(ZoneOffset.UTC),
					handover.requestedAt().atOffset(ZoneOffset.UTC), handover.id())
			.query(Integer.class)
			.single();
	}

	/** The tenant's waiting and active handovers, the longest waiting first. */
	List<Open> all(String tenant) {
		return this.jdbc.sql(
				"SELECT * FROM handover WHERE tenant = ? AND state IN ('WAITING', 'ACTIVE') AND conversation_id IS NOT NULL"
						+ " ORDER BY requested_at, id")
			.param(tenant)
			.query(Handovers::open)
			.list();
	}

	/** Waits that started before this moment, of all tenants. */
	List<Open> waitingSince(Instant before) {
		return this.jdbc.sql("SELECT * FROM handover WHERE state = 'WAITING' AND requested_at < ?")
			.param(before.atOffset(ZoneOffset.UTC))
			.query(Handovers::open)
			.list();
	}

	/**
	 * Ends the handovers whose conversation the citizen deleted (its id became null).
	 */
	int endDeleted(Instant at) {
		return this.jdbc
			.sql("UPDATE handover SET state = 'CANCELLED', ended_at = ? WHERE conversation_id IS NULL"
					+ " AND state IN ('WAITING', 'ACTIVE')")
			.param(at.atOffset(ZoneOffset.UTC))
			.update();
	}

	/** Gives a waiting handover to a staff member; false if someone else was quicker. */
	boolean take(Open handover, String username, Instant at) {
		return this.jdbc
			.sql("UPDATE handover SET state = 'ACTIVE', taken_by = ?, taken_at = ? WHERE id = ?"
					+ " AND state = 'WAITING'")
			.params(username, at.atOffset(ZoneOffset.UTC), handover.id())
			.update() == 1;
	}

	/**
	 * Ends a handover; it stays as a count without its conversation id.
	 * @return false if it had ended already
	 */
	boolean end(Open handover, State how, Instant at) {
		return this.jdbc
			.sql("UPDATE handover SET state = ?, ended_at = ?, conversation_id = NULL WHERE id = ?"
					+ " AND state IN ('WAITING', 'ACTIVE')")
			.params(how.name(), at.atOffset(ZoneOffset.UTC), handover.id())
			.update() == 1;
	}

	private static Open open(ResultSet rs, int row) throws SQLException {
		return new Open(rs.getString("id"), rs.getString("conversation_id"), rs.getString("tenant"),
				rs.getString("channel"), State.valueOf(rs.getString("state")),
				rs.getObject("requested_at", OffsetDateTime.class).toInstant(), rs.getString("taken_by"));
	}

}
