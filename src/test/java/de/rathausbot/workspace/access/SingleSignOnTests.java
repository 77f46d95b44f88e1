package de.rathausbot.workspace.access;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.rathausbot.workspace.StaffSignIn;
import de.rathausbot.workspace.WorkspaceProperties;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Single sign-on through OpenID Connect: the sign-in page offers the configured provider
 * and sends the browser there; a provider account is linked to a staff account by issuer
 * and subject (never by its name) and gets that account's roles and those of its groups.
 */
class SingleSignOnTests {

	private static final WorkspaceProperties.Sso SETTINGS = new WorkspaceProperties.Sso("preferred_username", "groups",
			List.of("Bürgerbüro", "Pressestelle"), List.of("IT"));

	@Test
	void groupsOfTheProviderGiveRoles() {
		assertThat(SingleSignOn.roles(Optional.empty(), List.of("/Bürgerbüro"), SETTINGS)).containsExactly(Role.EDITOR);
		assertThat(SingleSignOn.roles(Optional.empty(), List.of("IT", "Kantine"), SETTINGS))
			.containsExactly(Role.ADMIN);
		assertThat(SingleSignOn.roles(Optional.empty(), List.of("Kantine"), SETTINGS)).isEmpty();
	}

	@Test
	void theLinkedStaffAccountKeepsItsRoles() {
		StaffUser editor = new StaffUser("m.mueller", "{noop}unused", EnumSet.of(Role.EDITOR));
		Set<Role> roles = SingleSignOn.roles(Optional.of(editor), List.of("IT"), SETTINGS);
		assertThat(roles).containsExactlyInAnyOrder(Role.EDITOR, Role.ADMIN);
	}

	@Test
	void unconfiguredGroupsGiveNoRole() {
		WorkspaceProperties.Sso none = new WorkspaceProperties.Sso("preferred_username", "groups", List.of(""),
				List.of(""));
		assertThat(SingleSignOn.roles(Optional.empty(), List.of("", "/"), none)).isEmpty();
	}

	@Nested
	@SpringBootTest(properties = { "spring.security.oauth2.client.registration.rathaus.client-id=rathausbot",
			"spring.security.oauth2.client.registration.rathaus.client-secret=secret",
			"spring.security.oauth2.client.registration.rathaus.client-name=Stadtverwaltung",
			"spring.security.oauth2.client.registration.rathaus.scope=openid,profile",
			"spring.security.oauth2.client.registration.rathaus.authorization-grant-type=authorization_code",
			"spring.security.oauth2.client.registration.rathaus.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
			"spring.security.oauth2.client.provider.rathaus.authorization-uri=https://idp.stadt.example/auth",
			"spring.security.oauth2.client.provider.rathaus.token-uri=https://idp.stadt.example/token",
			"spring.security.oauth2.client.provider.rathaus.jwk-set-uri=https://idp.stadt.example/certs",
			"spring.security.oauth2.client.provider.rathaus.user-name-attribute=preferred_username",
			// its own database: the staff accounts made here stay out of the other tests
			"spring.datasource.url=jdbc:h2:mem:single-sign-on;DB_CLOSE_DELAY=-1" })
	@AutoConfigureMockMvc
	@ActiveProfiles("test")
	class WithAnIdentityProvider {

		@Autowired
		MockMvcTester mvc;

		@Autowired
		StaffUsers users;

		private static OidcUser providerUser(String subject, String name, List<String> groups) {
			Instant now = Instant.now();
			return new DefaultOidcUser(List.of(),
					OidcIdToken.withTokenValue("token")
						.issuer("https://idp.stadt.example")
						.subject(subject)
						.claim("preferred_username", name)
						.claim("groups", groups)
						.issuedAt(now)
						.expiresAt(now.plusSeconds(60))
						.build());
		}

		private SingleSignOn sso() {
			return new SingleSignOn(this.users, SETTINGS);
		}

		@Test
		void aProviderUserNamedAdminNeverBecomesTheLocalAdmin() {
			OidcUser signedIn = sso().signIn(providerUser("3f9a-unknown", "admin", List.of("Bürgerbüro")), "rathaus",
					Optional.empty());

			assertThat(signedIn.getName()).isEqualTo("admin@rathaus");
			assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EDITOR");
			assertThatThrownBy(() -> sso().signIn(providerUser("77b2-nobody", "admin", List.of("Kantine")), "rathaus",
					Optional.empty()))
				.isInstanceOf(OAuth2AuthenticationException.class)
				.hasMessageContaining("subject 77b2-nobody");
		}

		@Test
		void aLinkedAccountSignsInAsItsStaffAccountWithItsRoles() {
			this.users.create(new StaffUser("k.keller", "{noop}unused", EnumSet.of(Role.ADMIN, Role.EDITOR)));
			this.users.link("k.keller", new StaffUsers.SsoLink("https://idp.stadt.example", "c0ffee-42"));

			OidcUser signedIn = sso().signIn(providerUser("c0ffee-42", "katrin", List.of()), "rathaus",
					Optional.empty());

			assertThat(signedIn.getName()).isEqualTo("k.keller");
			assertThat(signedIn.getAuthorities()).extracting(Object::toString)
				.containsExactlyInAnyOrder("ROLE_ADMIN", "ROLE_EDITOR");
		}

		@Test
		void aStaffMemberLinksTheirProviderAccountBySigningInThere() {
			this.users.create(new StaffUser("l.lang", "{noop}unused", EnumSet.of(Role.EDITOR)));

			OidcUser first = sso().signIn(providerUser("aa-11", "lena", List.of()), "rathaus", Optional.of("l.lang"));
			OidcUser later = sso().signIn(providerUser("aa-11", "lena", List.of()), "rathaus", Optional.empty());

			assertThat(first.getName()).isEqualTo("l.lang");
			assertThat(later.getName()).isEqualTo("l.lang");
			assertThat(this.users.links("l.lang"))
				.containsExactly(new StaffUsers.SsoLink("https://idp.stadt.example", "aa-11"));
		}

		@Test
		void anAdministratorLinksAndUnlinksAnAccountByIssuerAndSubject() {
			this.users.create(new StaffUser("m.maier", "{noop}unused", EnumSet.of(Role.EDITOR)));
			MvcTestResult linked = this.mvc.put()
				.uri("/api/admin/users/m.maier/sso")
				.header(org.springframework.http.HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"issuer\": \"https://idp.stadt.example\", \"subject\": \"bb-22\"}")
				.exchange();
			assertThat(linked).hasStatusOk().bodyJson().extractingPath("$.sso[0].subject").isEqualTo("bb-22");
			assertThat(this.mvc.put()
				.uri("/api/admin/users/m.maier/sso")
				.header(org.springframework.http.HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content("{\"issuer\": \"https://idp.stadt.example\", \"subject\": \" \"}")).hasStatus(400)
				.bodyJson()
				.extractingPath("$.field")
				.isEqualTo("subject");
			assertThat(sso().signIn(providerUser("bb-22", "marta", List.of()), "rathaus", Optional.empty()).getName())
				.isEqualTo("m.maier");

			assertThat(this.mvc.delete()
				.uri("/api/admin/users/m.maier/sso")
				.header(org.springframework.http.HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)).hasStatusOk();
			assertThatThrownBy(
					() -> sso().signIn(providerUser("bb-22", "marta", List.of()), "rathaus", Optional.empty()))
				.isInstanceOf(OAuth2AuthenticationException.class);
		}

		@Test
		void aSignedInStaffMemberStartsLinkingFromTheWorkspace() {
			MvcTestResult start = this.mvc.post()
				.uri("/admin/sso/link/rathaus")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.authentication(new org.springframework.security.authentication.UsernamePasswordAuthenticationToken(
							"admin", null,
							List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
									"ROLE_EDITOR")))))
				.exchange();
			assertThat(start).hasStatus3xxRedirection();
			assertThat(start.getResponse().getRedirectedUrl()).isEqualTo("/oauth2/authorization/rathaus");
			assertThat(start.getRequest().getSession().getAttribute(SingleSignOn.LINK_REQUEST)).isEqualTo("admin");
		}

		@Test
		void theSignInPageOffersTheProvider() {
			MvcTestResult page = this.mvc.get().uri("/admin/login").exchange();
			assertThat(page).hasStatusOk();
			assertThat(StaffSignIn.bodyOf(page)).contains("href=\"/oauth2/authorization/rathaus\"")
				.contains("Anmelden mit Stadtverwaltung");
		}

		@Test
		void theWorkspaceLetsALinkingFormGoOnToTheProvider() {
			MvcTestResult login = this.mvc.get().uri("/admin/login").exchange();

			assertThat(login.getResponse().getHeader("Content-Security-Policy"))
				.contains("form-action 'self' https://idp.stadt.example;");
		}

		@Test
		void theProviderLinkSendsTheBrowserToTheProvider() {
			MvcTestResult redirect = this.mvc.get().uri("/oauth2/authorization/rathaus").exchange();
			assertThat(redirect).hasStatus3xxRedirection();
			assertThat(redirect.getResponse().getRedirectedUrl()).startsWith("https://idp.stadt.example/auth?")
				.contains("client_id=rathausbot")
				.contains("scope=openid%20profile")
				.contains("redirect_uri=http://localhost/login/oauth2/code/rathaus");
		}

		@Test
		void ownAccountsStillWork() {
			assertThat(this.mvc.get()
				.uri("/api/admin/me")
				.header(org.springframework.http.HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
				.exchange()).hasStatusOk();
		}

	}

}
