package de.rathausbot.workspace.access;

import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.TreeSet;

import de.rathausbot.workspace.WorkspaceProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;

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

	private static final long HSTS_SECONDS = 31_536_000;

	/** The workspace: its own scripts and styles only, never in a frame. */
	static final String WORKSPACE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	/**
	 * The demo and privacy pages and the API: own scripts only; inline styles for the
	 * pages' own style blocks and the widget's.
	 */
	static final String PUBLIC_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
			+ "frame-ancestors 'self'";

	@Bean
	static RoleHierarchy roleHierarchy() {
		return RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR");
	}

	/** Tells the session registry when a session ends, so it forgets it. */
	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	SecurityFilterChain security(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> identityProviders,
			StaffUsers users, WorkspaceProperties properties, StaffSessions sessions) throws Exception {
		if (identityProviders.getIfAvailable() != null) {
			// single sign-on with the city's identity provider, beside the own accounts
			SingleSignOn sso = new SingleSignOn(users, properties.sso());
			http.oauth2Login(login -> login.loginPage("/admin/login")
				.defaultSuccessUrl("/admin/", true)
				.failureUrl("/admin/login?error")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(sso)));
		}
		String[] apiDocs = { "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html" };
		http.authorizeHttpRequests(requests -> requests.requestMatchers("/admin/login", "/admin/login.css")
			.permitAll()
			.requestMatchers("/actuator/prometheus")
			.hasAnyRole("ADMIN", "MONITOR")
			.requestMatchers(apiDocs)
			.access(properties.publicApiDocs() ? (authentication, request) -> new AuthorizationDecision(true)
					: AuthorityAuthorizationManager.hasRole("EDITOR"))
			.requestMatchers("/api/admin/users/**", "/api/admin/backup")
			.hasRole("ADMIN")
			.requestMatchers("/api/admin/**", "/admin/**")
			.hasRole("EDITOR")
			.anyRequest()
			.permitAll())
			// no Basic challenge: a browser never learns to send Basic credentials by
			// itself
			.httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::signInRequired))
			.formLogin(form -> form.loginPage("/admin/login").defaultSuccessUrl("/admin/", true).permitAll())
			.logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
			// removing a user or changing their roles or password ends their sessions
			.sessionManagement(session -> session.maximumSessions(-1)
				.sessionRegistry(sessions.registry())
				.expiredSessionStrategy(event -> sessionEnded(event.getRequest(), event.getResponse())))
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(SecurityConfiguration::signInRequired,
						request -> request.getRequestURI().startsWith("/api/")
								|| request.getRequestURI().startsWith("/actuator/")
								|| request.getRequestURI().startsWith("/v3/"))
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
			.csrf(csrf -> csrf.csrfTokenRepository(csrfCookie())
				.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrfToken))
			.addFilterAfter(new WorkspaceCsrfCookie(), CsrfFilter.class)
			.addFilterAfter(new PasswordChangeGate(users), AuthorizationFilter.class)
			.headers(headers -> headers
				.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(HSTS_SECONDS).includeSubDomains(false))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(SecurityConfiguration::isWorkspace,
						new ContentSecurityPolicyHeaderWriter(workspacePolicy(identityProviders.getIfAvailable()))))
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(request -> !isWorkspace(request),
						new ContentSecurityPolicyHeaderWriter(PUBLIC_POLICY))));
		return http.build();
	}

	/**
	 * The workspace's policy; a form may also lead to the identity providers (linking an
	 * account posts a form that ends at the provider's sign-in).
	 */
	static String workspacePolicy(ClientRegistrationRepository providers) {
		Set<String> origins = new TreeSet<>();
		if (providers instanceof Iterable<?> registrations) {
			for (Object registration : registrations) {
				URI uri = URI.create(((ClientRegistration) registration).getProviderDetails().getAuthorizationUri());
				if (uri.getScheme() != null && uri.getHost() != null) {
					origins
						.add(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
				}
			}
		}
		return origins.isEmpty() ? WORKSPACE_POLICY
				: WORKSPACE_POLICY.replace("form-action 'self'", "form-action 'self' " + String.join(" ", origins));
	}

	private static CookieCsrfTokenRepository csrfCookie() {
		CookieCsrfTokenRepository repository = CookieCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
		return repository;
	}

	private static boolean isWorkspace(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/admin/");
	}

	/** 401 with a readable error, and no {@code WWW-Authenticate: Basic}. */
	private static void signInRequired(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		response.setStatus(HttpStatus.UNAUTHORIZED.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter().write("{\"error\":\"sign in as staff (HTTP Basic or the admin UI)\"}");
	}

	/** A session ended because its user was removed or changed: sign in again. */
	private static void sessionEnded(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (request.getRequestURI().startsWith("/api/")) {
			response.setStatus(HttpStatus.UNAUTHORIZED.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter()
				.write("{\"error\":\"your session was ended because your account was changed or removed: sign in again\"}");
		}
		else {
			response.sendRedirect("/admin/login?ended");
		}
	}

	/**
	 * A state-changing request to the workspace made with the session cookie, or the
	 * sign-in. Requests with HTTP Basic carry their credentials themselves (a foreign
	 * page cannot forge them); the citizens' API has no session to abuse.
	 */
	/**
	 * A browser says where a request comes from ({@code Sec-Fetch-Site}); scripts send
	 * nothing.
	 */
	private static boolean fromAnotherSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		return site != null && !site.equals("same-origin") && !site.equals("none");
	}

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
			// a script carries its credentials itself; a browser sent by another site or
			// one with a session must show the token
			return request.getRequestedSessionId() != null || request.getSession(false) != null
					|| fromAnotherSite(request);
		}
		// a forged request rides on a session cookie; without one there is nothing to
		// forge (and the caller gets 401), except the sign-in itself
		return path.equals("/admin/login") || request.getRequestedSessionId() != null
				|| request.getSession(false) != null;
	}

}
