package de.rathausbot.workspace.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.rathausbot.workspace.WorkspaceProperties;
import de.rathausbot.system.ClusterLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Throttles guessing: after {@code maxFailedLogins} wrong passwords in a row from one
 * client, a user name is locked for {@code lockout} for that client, also for the right
 * password. Someone guessing the administrator's password from elsewhere therefore does
 * not lock the administrator out. The failures are kept in memory, bounded in number and
 * forgotten after the lockout: a flood of made-up user names cannot fill the heap. With
 * several instances on one PostgreSQL they are kept in the database instead (as hashes of
 * name and client, forgotten after the same time), so guessing on all instances counts
 * once.
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	/** Longer user names are cut for counting and logging (no user has such a name). */
	static final int MAX_NAME = 64;

	/** How many user names and clients are remembered at most. */
	static final int REMEMBERED = 10_000;

	private final WorkspaceProperties properties;

	private final Clock clock;

	private final Cache<String, Failures> failures;

	private record Failures(int count, Instant lockedUntil) {
	}

	/** The failures in the database, when the instances share them; else null. */
	private final SharedLoginFailures shared;

	@Autowired
	LoginAttempts(WorkspaceProperties properties, Clock clock, ClusterLocks locks, JdbcClient jdbc) {
		this.properties = properties;
		this.clock = clock;
		this.failures = Caffeine.newBuilder().maximumSize(REMEMBERED).expireAfterWrite(keep(properties)).build();
		this.shared = locks.shared() ? new SharedLoginFailures(jdbc, clock, keep(properties)) : null;
	}

	/** Failures kept in this instance only. */
	LoginAttempts(WorkspaceProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		this.failures = Caffeine.newBuilder().maximumSize(REMEMBERED).expireAfterWrite(keep(properties)).build();
		this.shared = null;
	}

	/** How long failures are remembered: the lockout, at least an hour. */
	private static Duration keep(WorkspaceProperties properties) {
		return properties.lockout().compareTo(Duration.ofHours(1)) > 0 ? properties.lockout() : Duration.ofHours(1);
	}

	boolean isLocked(String username) {
		if (this.shared != null) {
			return this.shared.isLocked(key(username));
		}
		Failures f = this.failures.getIfPresent(key(username));
		return f != null && f.lockedUntil() != null && this.clock.instant().isBefore(f.lockedUntil());
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String name = String.valueOf(event.getAuthentication().getPrincipal());
		String key = key(name);
		if (this.shared != null) {
			int count = this.shared.failed(key, this.properties.maxFailedLogins(), this.properties.lockout());
			if (count == this.properties.maxFailedLogins()) {
				log.warn("Sign-in for '{}' from {} locked for {} after {} failed attempts", loggable(name), client(),
						this.properties.lockout(), count);
			}
			return;
		}
		Failures f = this.failures.asMap().merge(key, new Failures(1, null), (old, one) -> {
			int count = old.lockedUntil() != null && !this.clock.instant().isBefore(old.lockedUntil()) ? 1
					: old.count() + 1;
			return new Failures(count, null);
		});
		if (f.count() >= this.properties.maxFailedLogins()) {
			this.failures.put(key, new Failures(f.count(), this.clock.instant().plus(this.properties.lockout())));
			// once per lock: a client that keeps guessing must not flood the log
			if (f.count() == this.properties.maxFailedLogins()) {
				log.warn("Sign-in for '{}' from {} locked for {} after {} failed attempts", loggable(name), client(),
						this.properties.lockout(), f.count());
			}
		}
	}

	/** How many names and clients are remembered now. */
	long remembered() {
		this.failures.cleanUp();
		return this.failures.estimatedSize();
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		if (this.shared != null) {
			this.shared.succeeded(key(event.getAuthentication().getName()));
			return;
		}
		this.failures.invalidate(key(event.getAuthentication().getName()));
	}

	/** A user name on one client. */
	private static String key(String username) {
		String name = username.length() > MAX_NAME ? username.substring(0, MAX_NAME) : username;
		return name.toLowerCase(Locale.ROOT) + "\n" + client();
	}

	/**
	 * The address of the client signing in (behind a trusted proxy: the forwarded one).
	 */
	private static String client() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			return request.getRequest().getRemoteAddr();
		}
		return "unknown";
	}

	/**
	 * A typed user name as it may be logged: printable, short, so that a password typed
	 * into the name field or a forged log line does not land in the log as written.
	 */
	static String loggable(String username) {
		String printable = username.replaceAll("[^\\p{L}\\p{N}._@-]", "?");
		return printable.length() > 3 ? printable.substring(0, 3) + "…(" + username.length() + " characters)"
				: printable;
	}

}
