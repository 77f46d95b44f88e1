package de.rathausbot.workspace.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failed sign-ins in PostgreSQL, for several instances: a user name on one client as a
 * SHA-256 hash, its failures in a row and until when it is locked; rows older than the
 * lockout (at least an hour) are deleted as new failures come.
 */
final class SharedLoginFailures {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration keep;

	SharedLoginFailures(JdbcClient jdbc, Clock clock, Duration keep) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.keep = keep;
	}

	boolean isLocked(String key) {
		return this.jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE key_hash = ? AND locked_until > ?")
			.params(hash(key), now())
			.query(Integer.class)
			.single() > 0;
	}

	/** Counts a failure (starting again after an expired lock); locks at {@code max}. */
	int failed(String key, int max, Duration lockout) {
		OffsetDateTime now = now();
		this.jdbc.sql("DELETE FROM login_failure WHERE updated_at < ?").param(now.minus(this.keep)).update();
		int count = this.jdbc.sql("""
				INSERT INTO login_failure (key_hash, failures, locked_until, updated_at) VALUES (?, 1, NULL, ?)
				ON CONFLICT (key_hash) DO UPDATE SET
				  failures = CASE WHEN login_failure.locked_until IS NOT NULL AND login_failure.locked_until <= ?
				                  THEN 1 ELSE login_failure.failures + 1 END,
				  updated_at = EXCLUDED.updated_at
				RETURNING failures""").params(hash(key), now, now).query(Integer.class).single();
		if (count >= max) {
			this.jdbc.sql("UPDATE login_failure SET locked_until = ? WHERE key_hash = ?")
				.params(now.plus(lockout), hash(key))
				.update();
		}
		return count;
	}

	void succeeded(String key) {
		this.jdbc.sql("DELETE FROM login_failure WHERE key_hash = ?").param(hash(key)).update();
	}

	private OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

	private static String hash(String key) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
