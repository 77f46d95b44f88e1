package de.rathausbot.staff;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;

/**
 * Who may do what. Citizens' endpoints (chat, widget, knowledge, health, Telegram
 * webhook) are open. {@code /api/admin/**} needs a staff sign-in: HTTP Basic for scripts
 * (no CSRF token needed) or the UI's session (CSRF token needed); users and settings need
 * ADMIN, everything else EDITOR. {@code /admin/**} is the UI with a sign-in form, and
 * single sign-on through OpenID Connect where an identity provider is configured.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR");
	}

	@Bean
	SecurityFilterChain security(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> identityProviders,
			StaffUsers users, StaffProperties properties) throws Exception {
		if (identityProviders.getIfAvailable() != null) {
			// single sign-on with the city's identity provider, beside the own accounts
			SingleSignOn sso = new SingleSignOn(users, properties.sso());
			http.oauth2Login(login -> login.loginPage("/admin/login")
				.defaultSuccessUrl("/admin/", true)
				.failureUrl("/admin/login?error")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(sso)));
		}
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/login")
			.permitAll()
			.requestMatchers("/api/admin/users/**")
			.hasRole("ADMIN")
			.requestMatchers("/api/admin/**", "/admin/**")
			.hasRole("EDITOR")
			.anyRequest()
			.permitAll())
			.httpBasic(basic -> basic.realmName("Rathausbot"))
			.formLogin(form -> form.loginPage("/admin/login").defaultSuccessUrl("/admin/", true).permitAll())
			.logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
			.exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor((request, response, ex) -> {
				response.setStatus(HttpStatus.UNAUTHORIZED.value());
				response.setHeader("WWW-Authenticate", "Basic realm=\"Rathausbot\"");
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.getWriter().write("{\"error\":\"sign in as staff (HTTP Basic or the admin UI)\"}");
			}, request -> request.getRequestURI().startsWith("/api/"))
				.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/admin/login"),
						request -> true)
				.accessDeniedHandler((request, response, ex) -> {
					response.setStatus(HttpStatus.FORBIDDEN.value());
					response.setContentType(MediaType.APPLICATION_JSON_VALUE);
					response.getWriter()
						.write(ex instanceof CsrfException
								? "{\"error\":\"missing or wrong CSRF token: send the XSRF-TOKEN cookie's value as X-XSRF-TOKEN\"}"
								: "{\"error\":\"not allowed for your role\"}");
				}))
			// the UI sends the XSRF-TOKEN cookie's value as X-XSRF-TOKEN; only
			// workspace pages get that cookie (citizens get none)
			.csrf(csrf -> csrf.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
			.addFilterAfter(new WorkspaceCsrfCookie(), CsrfFilter.class)
			.headers(Customizer.withDefaults());
		return http.build();
	}

	/**
	 * A state-changing request to the workspace made with the session cookie, or the
	 * sign-in. Requests with HTTP Basic carry their credentials themselves (a foreign
	 * page cannot forge them); the citizens' API has no session to abuse.
	 */
	private static boolean needsCsrfToken(HttpServletRequest request) {
		String method = request.getMethod();
		if (HttpMethod.GET.matches(method) || HttpMethod.HEAD.matches(method) || HttpMethod.OPTIONS.matches(method)
				|| HttpMethod.TRACE.matches(method)) {
			return false;
		}
		String path = request.getRequestURI();
		if (!path.startsWith("/admin/") && !path.startsWith("/api/admin/")) {
			return false;
		}
		String authorization = request.getHeader("Authorization");
		if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			return false;
		}
		// a forged request rides on a session cookie; without one there is nothing to
		// forge (and the caller gets 401), except the sign-in itself
		return path.equals("/admin/login") || request.getRequestedSessionId() != null
				|| request.getSession(false) != null;
	}

}
