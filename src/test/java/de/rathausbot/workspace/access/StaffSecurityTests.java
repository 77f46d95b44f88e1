package de.rathausbot.workspace.access;

import de.rathausbot.workspace.StaffSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Sign-in and roles: 401 without, 403 with the wrong role, HTTP Basic without CSRF token,
 * the UI session only with one, throttled guessing, BCrypt, and the citizens' API still
 * open.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class StaffSecurityTests {

	private static final String ADMIN = StaffSignIn.ADMIN;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	private static String basic(String user, String password) {
		return StaffSignIn.basic(user, password);
	}

	private MvcTestResult createUser(String json) {
		return this.mvc.post()
			.uri("/api/admin/users")
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	@Test
	void refusesTheWorkspaceWithoutSignInAndSendsTheUiToTheLoginPage() {
		assertThat(this.mvc.get().uri("/api/admin/me").exchange()).hasStatus(401)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("sign in");
		assertThat(this.mvc.get().uri("/admin/").exchange()).hasStatus(302).redirectedUrl().endsWith("/admin/login");
		assertThat(this.mvc.get().uri("/admin/login").exchange()).hasStatusOk().bodyText().contains("Benutzername");
	}

	@Test
	void theFirstAdministratorSignsInWithBasicAndItsPasswordIsStoredAsBcrypt() {
		assertThat(this.mvc.get().uri("/api/admin/me").header(HttpHeaders.AUTHORIZATION, ADMIN).exchange())
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.roles")
			.asArray()
			.containsOnly("ADMIN", "EDITOR");
		assertThat(
				this.jdbc.queryForObject("SELECT password_hash FROM staff_user WHERE username = 'admin'", String.class))
			.startsWith("$2");
	}

	@Test
	void anEditorMayNotManageUsers() {
		assertThat(createUser("{\"username\": \"erika\", \"password\": \"redaktion-2026!\", \"roles\": [\"EDITOR\"]}"))
			.hasStatus(201);
		String erika = basic("erika", "redaktion-2026!");

		assertThat(this.mvc.get().uri("/api/admin/me").header(HttpHeaders.AUTHORIZATION, erika).exchange())
			.hasStatusOk();
		assertThat(this.mvc.get().uri("/api/admin/users").header(HttpHeaders.AUTHORIZATION, erika).exchange())
			.hasStatus(403)
			.bodyJson()
			.extractingPath("$.error")
			.isEqualTo("not allowed for your role");
	}

	@Test
	void workspaceErrorsAreProblemDetailsWithAReadableErrorAndTheField() {
		MvcTestResult refused = createUser("{\"username\": \"max\", \"password\": \"kurz\", \"roles\": [\"EDITOR\"]}");

		assertThat(refused).hasStatus(400).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(refused).bodyJson().extractingPath("$.status").isEqualTo(400);
		assertThat(refused).bodyJson().extractingPath("$.detail").isEqualTo("password: at least 12 characters");
		assertThat(refused).bodyJson().extractingPath("$.error").isEqualTo("password: at least 12 characters");
		assertThat(refused).bodyJson().extractingPath("$.field").isEqualTo("password");
	}

	@Test
	void explainsABadAccountAtItsField() {
		assertThat(createUser("{\"username\": \"max\", \"password\": \"kurz\", \"roles\": [\"EDITOR\"]}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("password");
		assertThat(createUser(
				"{\"username\": \"Max Mustermann\", \"password\": \"lang-genug-2026\", \"roles\": [\"EDITOR\"]}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("username");
		assertThat(createUser("{\"username\": \"max\", \"password\": \"lang-genug-2026\", \"roles\": [\"CHEF\"]}"))
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("roles");
		assertThat(createUser(
				"{\"username\": \"max\", \"password\": \"" + "ü".repeat(40) + "\", \"roles\": [\"EDITOR\"]}"))
			.as("80 bytes: more than BCrypt reads")
			.hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("password");
	}

	@Test
	void anOverlongPasswordAtSignInIsAWrongPasswordNotAnError() {
		assertThat(this.mvc.get()
			.uri("/api/admin/intents")
			.header(HttpHeaders.AUTHORIZATION, basic("admin", "x".repeat(200)))
			.exchange()).hasStatus(401);
	}

	@Test
	void theLastAdministratorCannotBeRemovedOrDemoted() {
		assertThat(this.mvc.put()
			.uri("/api/admin/users/admin")
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\": [\"EDITOR\"]}")
			.exchange()).hasStatus(409);
		assertThat(this.mvc.delete().uri("/api/admin/users/admin").header(HttpHeaders.AUTHORIZATION, ADMIN).exchange())
			.hasStatus(409);
	}

	@Test
	void theUiSessionNeedsTheCsrfTokenButBasicDoesNot() {
		String json = "{\"username\": \"sessiontest\", \"password\": \"lang-genug-2026\", \"roles\": [\"EDITOR\"]}";

		MockHttpSession session = new MockHttpSession();
		assertThat(this.mvc.post()
			.uri("/api/admin/users")
			.session(session)
			.with(user("admin").roles("ADMIN"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange()).hasStatus(403).bodyJson().extractingPath("$.error").asString().contains("CSRF token");
		String token = workspaceToken();
		assertThat(this.mvc.post()
			.uri("/api/admin/users")
			.session(session)
			.with(user("admin").roles("ADMIN"))
			.cookie(new jakarta.servlet.http.Cookie("XSRF-TOKEN", token))
			.header("X-XSRF-TOKEN", token)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange()).hasStatus(201);
	}

	/** The token a workspace page gets in its XSRF-TOKEN cookie. */
	private String workspaceToken() {
		String setCookie = this.mvc.get()
			.uri("/admin/login")
			.exchange()
			.getResponse()
			.getHeader(HttpHeaders.SET_COOKIE);
		assertThat(setCookie).startsWith("XSRF-TOKEN=");
		return setCookie.substring("XSRF-TOKEN=".length(), setCookie.indexOf(';'));
	}

	@Test
	void locksAUserNameAfterRepeatedWrongPasswords() {
		assertThat(
				createUser("{\"username\": \"guessed\", \"password\": \"richtig-2026-!!\", \"roles\": [\"EDITOR\"]}"))
			.hasStatus(201);
		for (int i = 0; i < 5; i++) {
			assertThat(this.mvc.get()
				.uri("/api/admin/me")
				.header(HttpHeaders.AUTHORIZATION, basic("guessed", "falsch-" + i))
				.exchange()).hasStatus(401);
		}

		assertThat(this.mvc.get()
			.uri("/api/admin/me")
			.header(HttpHeaders.AUTHORIZATION, basic("guessed", "richtig-2026-!!"))
			.exchange()).as("locked for a while, even with the right password").hasStatus(401);
	}

	@Test
	void signsInWithTheFormAndItsToken() {
		MvcTestResult page = this.mvc.get().uri("/admin/login").exchange();
		String setCookie = page.getResponse().getHeader(HttpHeaders.SET_COOKIE);
		assertThat(setCookie).startsWith("XSRF-TOKEN=");
		String token = setCookie.substring("XSRF-TOKEN=".length(), setCookie.indexOf(';'));
		assertThat(page).bodyText().contains("value=\"" + token + "\"");

		assertThat(this.mvc.post()
			.uri("/admin/login")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.cookie(new jakarta.servlet.http.Cookie("XSRF-TOKEN", token))
			.content("username=admin&password=test-admin-password&_csrf=" + token)
			.exchange()).hasStatus(302).redirectedUrl().endsWith("/admin/");
		assertThat(this.mvc.post()
			.uri("/admin/login")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("username=admin&password=test-admin-password")
			.exchange()).as("without the token").hasStatus(403);
	}

	@Test
	void citizensStillChatWithoutSignInTokenOrCookie() {
		MvcTestResult chat = this.mvc.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"Was kostet ein Reisepass?\"}")
			.exchange();
		assertThat(chat).hasStatusOk();
		assertThat(chat.getResponse().getHeaders(HttpHeaders.SET_COOKIE)).isEmpty();
		assertThat(this.mvc.get().uri("/widget.js").exchange().getResponse().getHeaders(HttpHeaders.SET_COOKIE))
			.isEmpty();
		assertThat(this.mvc.get().uri("/actuator/health").exchange()).hasStatusOk();
	}

}
