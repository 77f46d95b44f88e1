package de.rathausbot.staff;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Throttles guessing: after {@code maxFailedLogins} wrong passwords in a row a user name
 * is locked for {@code lockout}, also for the right password. Kept in memory: a restart
 * forgets it, which only helps someone who can restart the server anyway.
 */
@Component
class LoginAttempts {

	private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

	private final StaffProperties properties;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private record Failures(int count, Instant lockedUntil) {
	}

	LoginAttempts(StaffProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	boolean isLocked(String username) {
		Failures f = this.failures.get(key(username));
		return f != null && f.lockedUntil() != null && this.clock.instant().isBefore(f.lockedUntil());
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = key(String.valueOf(event.getAuthentication().getPrincipal()));
		Failures f = this.failures.merge(username, new Failures(1, null), (old, one) -> {
			int count = old.lockedUntil() != null && !this.clock.instant().isBefore(old.lockedUntil()) ? 1
					: old.count() + 1;
			return new Failures(count, null);
		});
		if (f.count() >= this.properties.maxFailedLogins()) {
			this.failures.put(username, new Failures(f.count(), this.clock.instant().plus(this.properties.lockout())));
			log.warn("Sign-in for '{}' locked for {} after {} failed attempts", username, this.properties.lockout(),
					f.count());
		}
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.failures.remove(key(event.getAuthentication().getName()));
	}

	private static String key(String username) {
		return username.toLowerCase(java.util.Locale.ROOT);
	}

}
