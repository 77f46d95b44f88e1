package de.rathausbot.workspace.access;

import de.rathausbot.workspace.StaffSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accounts and sessions: a browser is never asked for Basic credentials and cannot be
 * made to replay them, removed or changed users lose their sessions, staff change their
 * own password, and the security headers are sent.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class StaffAccountSafetyTests {

	@Autowired
	MockMvcTester mvc;

	private void createUser(String name, String password, String role) {
		assertThat(this.mvc.post()
			.uri("/api/admin/users")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"" + name + "\", \"password\": \"" + password + "\", \"roles\": [\"" + role
					+ "\"]}")
			.exchange()).hasStatus(201);
	}

	/** Signs in through the form, as the workspace does, and returns the session. */
	private MockHttpSession signInWithTheForm(String name, String password) {
		String setCookie = this.mvc.get()
			.uri("/admin/login")
			.exchange()
			.getResponse()
			.getHeader(HttpHeaders.SET_COOKIE);
		String token = setCookie.substring("XSRF-TOKEN=".length(), setCookie.indexOf(';'));
		MvcTestResult signIn = this.mvc.post()
			.uri("/admin/login")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.cookie(new jakarta.servlet.http.Cookie("XSRF-TOKEN", token))
			.content("username=" + name + "&password=" + password + "&_csrf=" + token)
			.exchange();
		assertThat(signIn).hasStatus(302).redirectedUrl().endsWith("/admin/");
		return (MockHttpSession) signIn.getRequest().getSession(false);
	}

	private MvcTestResult meWith(MockHttpSession session) {
		return this.mvc.get().uri("/api/admin/me").session(session).exchange();
	}

	@Test
	void aBrowserIsNeverAskedForBasicCredentials() {
		MvcTestResult anonymous = this.mvc.get().uri("/api/admin/me").exchange();
		MvcTestResult wrong = this.mvc.get()
			.uri("/api/admin/me")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.basic("admin", "falsch"))
			.exchange();

		for (MvcTestResult refused : java.util.List.of(anonymous, wrong)) {
			assertThat(refused).hasStatus(401).bodyJson().extractingPath("$.error").asString().contains("sign in");
			assertThat(refused.getResponse().getHeader(HttpHeaders.WWW_AUTHENTICATE)).isNull();
		}
	}

	@Test
	void basicCredentialsSentByABrowserFromAnotherSiteNeedTheCsrfToken() {
		MvcTestResult forged = this.mvc.post()
			.uri("/api/admin/users")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.header("Sec-Fetch-Site", "cross-site")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"eindringling\", \"password\": \"sehr-geheim-2026\", \"roles\": [\"ADMIN\"]}")
			.exchange();

		assertThat(forged).hasStatus(403).bodyJson().extractingPath("$.error").asString().contains("CSRF");
		assertThat(this.mvc.get().uri("/api/admin/users").header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN))
			.bodyText()
			.doesNotContain("eindringling");
	}

	@Test
	void basicCredentialsBesideASessionCookieNeedTheCsrfToken() {
		createUser("sitzung", "sitzung-passwort-1", "EDITOR");
		MockHttpSession session = signInWithTheForm("sitzung", "sitzung-passwort-1");

		assertThat(this.mvc.post()
			.uri("/api/admin/tests")
			.session(session)
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"question\": \"Wann hat das Bürgerbüro offen?\", \"expect\": \"oeffnungszeiten\"}")
			.exchange()).hasStatus(403);
	}

	@Test
	void removingAUserEndsTheirOpenSessions() {
		createUser("geht-bald", "geht-bald-passwort", "EDITOR");
		MockHttpSession session = signInWithTheForm("geht-bald", "geht-bald-passwort");
		assertThat(meWith(session)).hasStatusOk();

		assertThat(this.mvc.delete()
			.uri("/api/admin/users/geht-bald")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.exchange()).hasStatus(204);

		assertThat(meWith(session)).hasStatus(401)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("session was ended");
	}

	@Test
	void demotingAnAdministratorEndsTheirSessionsAndTheNextSignInHasTheNewRole() {
		createUser("chefin", "chefin-passwort-1", "ADMIN");
		MockHttpSession session = signInWithTheForm("chefin", "chefin-passwort-1");
		assertThat(this.mvc.get().uri("/api/admin/users").session(session).exchange()).hasStatusOk();

		assertThat(this.mvc.put()
			.uri("/api/admin/users/chefin")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\": [\"EDITOR\"]}")
			.exchange()).hasStatusOk();

		assertThat(this.mvc.get().uri("/api/admin/users").session(session).exchange()).hasStatus(401);
		MockHttpSession again = signInWithTheForm("chefin", "chefin-passwort-1");
		assertThat(this.mvc.get().uri("/api/admin/users").session(again).exchange()).hasStatus(403);
	}

	@Test
	void anEditorChangesTheirOwnPasswordWithTheCurrentOne() {
		createUser("redakteur", "alt-passwort-2026", "EDITOR");
		String old = StaffSignIn.basic("redakteur", "alt-passwort-2026");

		MvcTestResult wrongCurrent = this.mvc.put()
			.uri("/api/admin/me/password")
			.header(HttpHeaders.AUTHORIZATION, old)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\": \"geraten\", \"newPassword\": \"neu-passwort-2026\"}")
			.exchange();
		assertThat(wrongCurrent).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("currentPassword");
		MvcTestResult tooLong = this.mvc.put()
			.uri("/api/admin/me/password")
			.header(HttpHeaders.AUTHORIZATION, old)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\": \"alt-passwort-2026\", \"newPassword\": \"" + "ä".repeat(40) + "\"}")
			.exchange();
		assertThat(tooLong).hasStatus(400).bodyJson().extractingPath("$.field").isEqualTo("newPassword");

		assertThat(this.mvc.put()
			.uri("/api/admin/me/password")
			.header(HttpHeaders.AUTHORIZATION, old)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\": \"alt-passwort-2026\", \"newPassword\": \"neu-passwort-2026\"}")
			.exchange()).hasStatusOk();

		assertThat(this.mvc.get().uri("/api/admin/me").header(HttpHeaders.AUTHORIZATION, old)).hasStatus(401);
		assertThat(this.mvc.get()
			.uri("/api/admin/me")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.basic("redakteur", "neu-passwort-2026"))).hasStatusOk();
	}

	@Test
	void theWorkspaceAllowsOnlyItsOwnScriptsAndStylesAndNoFrames() {
		MvcTestResult login = this.mvc.get().uri("/admin/login").exchange();
		assertThat(login.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self';")
			.contains("style-src 'self';")
			.contains("frame-ancestors 'none'");
		assertThat(login).bodyText().doesNotContain("<style").doesNotContain("<script");

		String demo = this.mvc.get().uri("/index.html").exchange().getResponse().getHeader("Content-Security-Policy");
		assertThat(demo).contains("script-src 'self';").contains("object-src 'none'");
	}

	@Test
	void behindTlsTheBrowserIsToldToStayOnHttps() {
		MvcTestResult overTls = this.mvc.get().uri("https://bot.stadt.example/index.html").exchange();
		assertThat(overTls.getResponse().getHeader("Strict-Transport-Security")).startsWith("max-age=31536000");
		MvcTestResult plain = this.mvc.get().uri("/index.html").exchange();
		assertThat(plain.getResponse().getHeader("Strict-Transport-Security")).isNull();
	}

}
