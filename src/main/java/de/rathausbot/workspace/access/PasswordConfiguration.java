package de.rathausbot.workspace.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Staff passwords are stored as BCrypt hashes. BCrypt reads at most 72 bytes: a longer
 * password is refused when it is set, and does not match when someone signs in with it
 * (instead of an error).
 */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

	/** What BCrypt reads of a password. */
	static final int MAX_PASSWORD_BYTES = 72;

	@Bean
	PasswordEncoder passwordEncoder() {
		BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
		return new PasswordEncoder() {

			@Override
			public String encode(CharSequence raw) {
				if (tooLong(raw)) {
					throw new IllegalArgumentException("a password may have at most " + MAX_PASSWORD_BYTES + " bytes");
				}
				return bcrypt.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				return raw != null && !tooLong(raw) && bcrypt.matches(raw, encoded);
			}

			@Override
			public boolean upgradeEncoding(String encoded) {
				return bcrypt.upgradeEncoding(encoded);
			}

		};
	}

	static boolean tooLong(CharSequence password) {
		return password.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES;
	}

}
