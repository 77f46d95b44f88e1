package de.rathausbot.staff;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Staff signed in through the city's identity provider (Keycloak, Active Directory
 * Federation Services, …): the user name comes from a claim of the ID token, the roles
 * from the staff user of that name (if an admin created one) and from the groups the
 * provider names. Someone with neither is not let in.
 */
final class SingleSignOn implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService provider = new OidcUserService();

	private final StaffUsers users;

	private final StaffProperties.Sso settings;

	SingleSignOn(StaffUsers users, StaffProperties.Sso settings) {
		this.users = users;
		this.settings = settings;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = this.provider.loadUser(request);
		String username = user.getClaimAsString(this.settings.usernameClaim());
		if (username == null || username.isBlank()) {
			throw refused("the ID token has no '" + this.settings.usernameClaim()
					+ "' claim (rathausbot.admin.sso.username-claim)");
		}
		List<String> groups = Optional.ofNullable(user.getClaimAsStringList(this.settings.groupsClaim()))
			.orElse(List.of());
		Set<Role> roles = roles(this.users.find(username), groups, this.settings);
		if (roles.isEmpty()) {
			throw refused("'" + username + "' has no role in the workspace: neither a staff user of that name "
					+ "nor in one of the groups rathausbot.admin.sso.editor-groups or admin-groups");
		}
		return new DefaultOidcUser(roles.stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList(),
				user.getIdToken(), user.getUserInfo(), this.settings.usernameClaim());
	}

	/** The roles of a staff user of that name, and those its groups give. */
	static Set<Role> roles(Optional<StaffUser> staffUser, Collection<String> groups, StaffProperties.Sso settings) {
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

	/** "/Bürgerbüro" (Keycloak's group path) matches "Bürgerbüro" and vice versa. */
	private static boolean matches(String group, List<String> configured) {
		String name = group.startsWith("/") ? group.substring(1) : group;
		return configured.stream().filter(c -> !c.isBlank()).anyMatch(c -> c.replaceFirst("^/", "").equals(name));
	}

	private static OAuth2AuthenticationException refused(String why) {
		return new OAuth2AuthenticationException(new OAuth2Error("access_denied", why, null), why);
	}

}
