package de.rathausbot.handover;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How live chat went in a period, for analytics: how many citizens asked for a person,
 * how many were taken, how long they waited, how many gave up or were not taken in time.
 * Counted from the handovers, which keep no conversation id once ended.
 */
@Component
public class HandoverStatistics {

	/**
	 * @param medianWaitSeconds of the taken ones, from asking to being taken; 0 without
	 * any
	 */
	public record Period(long requested, long taken, long cancelled, long abandoned, long medianWaitSeconds,
			long longestWaitSeconds) {
	}

	private final JdbcClient jdbc;

	HandoverStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The handovers of these tenants requested from {@code start} (incl.) to {@code end}.
	 */
	public Period of(List<String> tenants, Instant start, Instant end) {
		long[] counts = new long[4];
		List<Long> waits = new ArrayList<>();
		this.jdbc.sql("""
				SELECT state, requested_at, taken_at FROM handover
				WHERE tenant IN (:tenants) AND requested_at >= :start AND requested_at < :end""")
			.param("tenants", tenants)
			.param("start", start.atOffset(ZoneOffset.UTC))
			.param("end", end.atOffset(ZoneOffset.UTC))
			.query(rs -> {
				counts[0]++;
				OffsetDateTime taken = rs.getObject("taken_at", OffsetDateTime.class);
				if (taken != null) {
					counts[1]++;
					waits.add(Duration.between(rs.getObject("requested_at", OffsetDateTime.class), taken).toSeconds());
				}
				String state = rs.getString("state");
				if ("CANCELLED".equals(state)) {
					counts[2]++;
				}
				else if ("ABANDONED".equals(state)) {
					counts[3]++;
				}
			});
		waits.sort(null);
		return new Period(counts[0], counts[1], counts[2], counts[3], waits.isEmpty() ? 0 : waits.get(waits.size() / 2),
				waits.isEmpty() ? 0 : waits.get(waits.size() - 1));
	}

}
