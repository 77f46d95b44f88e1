package de.rathausbot.workspace.access;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import de.rathausbot.workspace.WorkspaceProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Failed sign-ins: a client guessing a password locks the name for itself, not for the
 * administrator elsewhere; made-up names do not pile up; typed names are not logged as
 * written; secrets are not in the properties' text.
 */
class LoginAttemptsTests {

	private final WorkspaceProperties properties = new WorkspaceProperties("admin", "geheim",
			java.nio.file.Path.of("data/initial-admin-password"), 5, Duration.ofMinutes(5),
			new WorkspaceProperties.Sso("preferred_username", "groups", List.of(), List.of()), false);

	private final LoginAttempts attempts = new LoginAttempts(this.properties, Clock.systemUTC());

	@AfterEach
	void forgetTheRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	private void from(String address) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

	private void fail(String username) {
		this.attempts.failed(new AuthenticationFailureBadCredentialsEvent(
				UsernamePasswordAuthenticationToken.unauthenticated(username, "falsch"),
				new BadCredentialsException("bad")));
	}

	@Test
	void locksTheNameOnlyForTheClientThatGuessed() {
		from("203.0.113.7");
		for (int i = 0; i < 5; i++) {
			fail("admin");
		}
		assertThat(this.attempts.isLocked("admin")).isTrue();

		from("198.51.100.1");
		assertThat(this.attempts.isLocked("admin")).as("the administrator at the city hall").isFalse();
	}

	@Test
	void remembersABoundedNumberOfMadeUpNames() {
		from("203.0.113.7");
		String long64k = "x".repeat(65_536);
		for (int i = 0; i < 3 * LoginAttempts.REMEMBERED; i++) {
			fail(long64k + i);
		}
		// all cut to the same first characters: counted as one name, not 30,000 of 64 KB
		assertThat(this.attempts.isLocked("x".repeat(LoginAttempts.MAX_NAME))).isTrue();
		for (int i = 0; i < 3 * LoginAttempts.REMEMBERED; i++) {
			fail("name-" + i);
		}
		assertThat(this.attempts.remembered()).isLessThanOrEqualTo(LoginAttempts.REMEMBERED);
	}

	@Test
	void logsATypedNameOnlyAsAShortPrintableForm() {
		assertThat(LoginAttempts.loggable("admin\n2026-11-29 INFO forged line")).doesNotContain("\n", "forged")
			.startsWith("adm");
		assertThat(LoginAttempts.loggable("MeinPasswort123!")).doesNotContain("Passwort");
	}

	@Test
	void keepsSecretsOutOfThePropertiesText() {
		assertThat(this.properties.toString()).contains("admin").doesNotContain("geheim");
	}

}
