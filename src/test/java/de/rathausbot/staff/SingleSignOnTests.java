package de.rathausbot.staff;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single sign-on through OpenID Connect: the sign-in page offers the configured provider
 * and sends the browser there; the roles come from a staff user of the same name and from
 * the provider's groups.
 */
class SingleSignOnTests {

	private static final StaffProperties.Sso SETTINGS = new StaffProperties.Sso("preferred_username", "groups",
			List.of("Bürgerbüro", "Pressestelle"), List.of("IT"));

	@Test
	void groupsOfTheProviderGiveRoles() {
		assertThat(SingleSignOn.roles(Optional.empty(), List.of("/Bürgerbüro"), SETTINGS)).containsExactly(Role.EDITOR);
		assertThat(SingleSignOn.roles(Optional.empty(), List.of("IT", "Kantine"), SETTINGS))
			.containsExactly(Role.ADMIN);
		assertThat(SingleSignOn.roles(Optional.empty(), List.of("Kantine"), SETTINGS)).isEmpty();
	}

	@Test
	void aStaffUserOfTheSameNameKeepsItsRoles() {
		StaffUser editor = new StaffUser("m.mueller", "{noop}unused", EnumSet.of(Role.EDITOR));
		Set<Role> roles = SingleSignOn.roles(Optional.of(editor), List.of("IT"), SETTINGS);
		assertThat(roles).containsExactlyInAnyOrder(Role.EDITOR, Role.ADMIN);
	}

	@Test
	void unconfiguredGroupsGiveNoRole() {
		StaffProperties.Sso none = new StaffProperties.Sso("preferred_username", "groups", List.of(""), List.of(""));
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
			"spring.security.oauth2.client.provider.rathaus.user-name-attribute=preferred_username" })
	@AutoConfigureMockMvc
	@ActiveProfiles("test")
	class WithAnIdentityProvider {

		@Autowired
		MockMvcTester mvc;

		@Test
		void theSignInPageOffersTheProvider() {
			MvcTestResult page = this.mvc.get().uri("/admin/login").exchange();
			assertThat(page).hasStatusOk();
			assertThat(StaffSignIn.bodyOf(page)).contains("href=\"/oauth2/authorization/rathaus\"")
				.contains("Anmelden mit Stadtverwaltung");
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
