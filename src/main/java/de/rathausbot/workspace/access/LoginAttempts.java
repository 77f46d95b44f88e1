package de.rathausbot.workspace.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.rathausbot.workspace.WorkspaceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Throttles guessing: after {@code maxFailedLogins} wrong passwords in a row from one
 * client, a user name is locked for {@code lockout} for that client, also for the right
 * password. Someone guessing the administrator's password from elsewhere therefore does
 * not lock the administrator out. The failures are kept in memory, bounded in number and
 * forgotten after the lockout: a flood of made-up user names cannot fill the heap.
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

	LoginAttempts(WorkspaceProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
		Duration keep = properties.lockout().compareTo(Duration.ofHours(1)) > 0 ? properties.lockout()
				: Duration.ofHours(1);
		this.failures = Caffeine.newBuilder().maximumSize(REMEMBERED).expireAfterWrite(keep).build();
	}

	boolean isLocked(String username) {
		Failures f = this.failures.getIfPresent(key(username));
		return f != null && f.lockedUntil() != null && this.clock.instant().isBefore(f.lockedUntil());
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String name = String.valueOf(event.getAuthentication().getPrincipal());
		String key = key(name);
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
