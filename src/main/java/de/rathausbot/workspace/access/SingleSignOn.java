package de.rathausbot.workspace.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.rathausbot.workspace.WorkspaceProperties;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Staff signed in through the city's identity provider (Keycloak, Active Directory
 * Federation Services, …). An account at the provider is linked to a staff account by the
 * provider's issuer and the account's subject, never by a name: a provider user called
 * "admin" does not become the local admin. A linked account signs in as its staff
 * account, with its roles; an unlinked one signs in as "name@provider" with the roles its
 * groups give. Someone with neither is not let in, and is told what an administrator
 * needs to link them.
 */
final class SingleSignOn implements OAuth2UserService<OidcUserRequest, OidcUser> {

	/**
	 * Session attribute: the staff account, signed in with its password, that asked to be
	 * linked to the provider account it signs in with next.
	 */
	static final String LINK_REQUEST = SingleSignOn.class.getName() + ".LINK_REQUEST";

	private static final int MAX_NAME = 40;

	private final OidcUserService provider = new OidcUserService();

	private final StaffUsers users;

	private final WorkspaceProperties.Sso settings;

	SingleSignOn(StaffUsers users, WorkspaceProperties.Sso settings) {
		this.users = users;
		this.settings = settings;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		return signIn(this.provider.loadUser(request), request.getClientRegistration().getRegistrationId(),
				linkRequest());
	}

	/**
	 * The staff member the provider's account signs in as.
	 * @param linkTo a staff account that asked to be linked to this provider account
	 */
	OidcUser signIn(OidcUser user, String registrationId, Optional<String> linkTo) {
		String issuer = user.getIssuer() == null ? registrationId : user.getIssuer().toString();
		String subject = user.getSubject();
		if (subject == null || subject.isBlank()) {
			throw refused("the ID token has no subject ('sub')");
		}
		StaffUsers.SsoLink account = new StaffUsers.SsoLink(issuer, subject);
		linkTo.filter(name -> this.users.find(name).isPresent()).ifPresent(name -> this.users.link(name, account));
		Optional<StaffUser> linked = this.users.linkedTo(issuer, subject).flatMap(this.users::find);
		List<String> groups = Optional.ofNullable(user.getClaimAsStringList(this.settings.groupsClaim()))
			.orElse(List.of());
		Set<Role> roles = roles(linked, groups, this.settings);
		String name = linked.map(StaffUser::username).orElseGet(() -> providerName(user, registrationId));
		if (roles.isEmpty()) {
			throw refused("'" + name + "' has no role in the workspace: the account is not linked to a staff "
					+ "account and in none of the groups rathausbot.admin.sso.editor-groups or admin-groups. "
					+ "An administrator can link it (issuer " + issuer + ", subject " + subject + ").");
		}
		List<GrantedAuthority> authorities = roles.stream()
			.<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name()))
			.toList();
		return new StaffOidcUser(authorities, user, name);
	}

	/** The roles of the linked staff account, and those its groups give. */
	static Set<Role> roles(Optional<StaffUser> staffUser, Collection<String> groups, WorkspaceProperties.Sso settings) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		staffUser.ifPresent(u -> roles.addAll(u.roles()));
		if (groups.stream().anyMatch(g -> matches(g, settings.editorGroups()))) {
			roles.add(Role.EDITOR);
		}
		if (groups.stream().anyMatch(g -> matches(g, settings.adminGroups()))) {
			roles.add(Role.ADMIN);
		}
		return roles;
	}

	/**
	 * "m.mueller@rathaus": the provider's name for the account, marked with the provider,
	 * so it can never be taken for a staff account's name (those have no '@').
	 */
	private String providerName(OidcUser user, String registrationId) {
		String claimed = Optional.ofNullable(user.getClaimAsString(this.settings.usernameClaim()))
			.filter(n -> !n.isBlank())
			.orElse(user.getSubject());
		String printable = claimed.replaceAll("[\\p{Cntrl}\\s]+", "_");
		return (printable.length() > MAX_NAME ? printable.substring(0, MAX_NAME) : printable) + "@" + registrationId;
	}

	/** "/Bürgerbüro" (Keycloak's group path) matches "Bürgerbüro" and vice versa. */
	private static boolean matches(String group, List<String> configured) {
		String name = group.startsWith("/") ? group.substring(1) : group;
		return configured.stream().filter(c -> !c.isBlank()).anyMatch(c -> c.replaceFirst("^/", "").equals(name));
	}

	/**
	 * The staff account that asked to be linked: only if this browser is still signed in
	 * as that account with its password (the request comes back from the provider in the
	 * same session).
	 */
	private static Optional<String> linkRequest() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return Optional.empty();
		}
		HttpSession session = attributes.getRequest().getSession(false);
		if (session == null || !(session.getAttribute(LINK_REQUEST) instanceof String requested)) {
			return Optional.empty();
		}
		session.removeAttribute(LINK_REQUEST);
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		return current instanceof UsernamePasswordAuthenticationToken && requested.equals(current.getName())
				? Optional.of(requested) : Optional.empty();
	}

	private static OAuth2AuthenticationException refused(String why) {
		return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null), why);
	}

	/** A provider's account signed in under its staff name. */
	static final class StaffOidcUser extends DefaultOidcUser {

		private static final long serialVersionUID = 1L;

		private final String name;

		StaffOidcUser(Collection<? extends GrantedAuthority> authorities, OidcUser user, String name) {
			super(authorities, user.getIdToken(), user.getUserInfo());
			this.name = name;
		}

		@Override
		public String getName() {
			return this.name;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof StaffOidcUser user && user.name.equals(this.name) && super.equals(other);
		}

		@Override
		public int hashCode() {
			return this.name.hashCode();
		}

	}

}
