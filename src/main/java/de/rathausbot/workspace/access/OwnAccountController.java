package de.rathausbot.workspace.access;

import java.util.ArrayList;
import java.util.List;

import de.rathausbot.tenant.Tenants;
import de.rathausbot.workspace.WorkspaceProblem;
import de.rathausbot.workspace.WorkspaceProperties;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A signed-in staff member's own account: {@code GET /api/admin/me} tells who they are
 * (and whether the generated first password must still be changed);
 * {@code PUT /api/admin/me/password} changes their own password and ends their other
 * sessions.
 */
@RestController
class OwnAccountController {

	private final StaffUsers users;

	private final PasswordEncoder encoder;

	private final StaffSessions sessions;

	private final InitialPassword initialPassword;

	private final ObjectProvider<ClientRegistrationRepository> identityProviders;

	OwnAccountController(StaffUsers users, PasswordEncoder encoder, StaffSessions sessions,
			WorkspaceProperties properties, ObjectProvider<ClientRegistrationRepository> identityProviders,
			Tenants tenants) {
		this.users = users;
		this.tenants = tenants;
		this.encoder = encoder;
		this.sessions = sessions;
		this.initialPassword = new InitialPassword(properties.initialPasswordFile());
		this.identityProviders = identityProviders;
	}

	private final Tenants tenants;

	/** The password was changed; the member's other sessions were ended. */
	record PasswordChanged(boolean changed, int otherSessionsEnded) {
	}

	/**
	 * A sign-in at the city's identity provider that a local account can be linked to.
	 */
	record IdentityProvider(String id, String name) {
	}

	/** A signed-in staff member changing their own password. */
	record PasswordChange(String currentPassword, String newPassword) {
	}

	/**
	 * Who is signed in.
	 *
	 * @param account "local" (a staff account with a password) or "sso" (only at the
	 * identity provider)
	 * @param identityProviders the providers a local account can be linked to (id, name)
	 */
	record Me(String username, List<String> roles, String account, boolean passwordChangeRequired,
			List<StaffUsers.SsoLink> sso, List<IdentityProvider> identityProviders, Tenancy tenancy) {
	}

	@GetMapping("/api/admin/me")
	Me me(Authentication authentication) {
		List<String> roles = authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			// not the factor authorities (FACTOR_PASSWORD) Spring Security adds
			.filter(a -> a.startsWith("ROLE_"))
			.map(a -> a.substring("ROLE_".length()))
			.sorted()
			.toList();
		StaffUser local = this.users.find(authentication.getName()).orElse(null);
		return new Me(authentication.getName(), roles, local == null ? "sso" : "local",
				local != null && local.passwordChangeRequired() && isPasswordSignIn(authentication),
				local == null ? List.of() : this.users.links(local.username()), identityProviders(),
				tenancy(authentication.getName()));
	}

	/** A Kommune or Landkreis a staff member may work on. */
	record TenantChoice(String id, String name) {
	}

	/**
	 * @param tenants those the staff member may work on (the workspace offers a choice
	 * when there are several)
	 * @param current the one this request works on
	 * @param heirs the Kommunen that inherit the current tenant's content
	 */
	record Tenancy(List<TenantChoice> tenants, String current, List<TenantChoice> heirs) {
	}

	private Tenancy tenancy(String username) {
		java.util.Set<String> allowed = this.users.tenants(username);
		List<TenantChoice> tenants = this.tenants.parentsFirst()
			.stream()
			.filter(t -> allowed.isEmpty() || allowed.contains(t.id()))
			.map(OwnAccountController::choice)
			.toList();
		de.rathausbot.tenant.Tenant current = this.tenants.current();
		return new Tenancy(tenants, current.id(),
				this.tenants.descendants(current).stream().map(OwnAccountController::choice).toList());
	}

	private static TenantChoice choice(de.rathausbot.tenant.Tenant tenant) {
		return new TenantChoice(tenant.id(), tenant.name().isBlank() ? tenant.id() : tenant.name());
	}

	@PutMapping("/api/admin/me/password")
	ResponseEntity<?> changeOwnPassword(@RequestBody PasswordChange change, Authentication authentication,
			HttpServletRequest request) {
		StaffUser user = this.users.find(authentication.getName()).orElse(null);
		if (user == null) {
			return WorkspaceProblem
				.conflict("your account is managed by the city's identity provider: change your password there");
		}
		if (change.currentPassword() == null || PasswordConfiguration.tooLong(change.currentPassword())
				|| !this.encoder.matches(change.currentPassword(), user.passwordHash())) {
			return WorkspaceProblem.invalid("currentPassword", "the current password is wrong");
		}
		ResponseEntity<?> bad = PasswordRules.check("newPassword", change.newPassword(), true);
		if (bad != null) {
			return bad;
		}
		if (this.encoder.matches(change.newPassword(), user.passwordHash())) {
			return WorkspaceProblem.invalid("newPassword", "choose a password other than the current one");
		}
		this.users.update(user.withPassword(this.encoder.encode(change.newPassword())));
		if (user.passwordChangeRequired()) {
			this.initialPassword.delete();
		}
		HttpSession session = request.getSession(false);
		int ended = this.sessions.endExcept(user.username(), session == null ? null : session.getId());
		return ResponseEntity.ok(new PasswordChanged(true, ended));
	}

	private List<IdentityProvider> identityProviders() {
		if (!(this.identityProviders.getIfAvailable() instanceof Iterable<?> registrations)) {
			return List.of();
		}
		List<IdentityProvider> providers = new ArrayList<>();
		for (Object registration : registrations) {
			ClientRegistration provider = (ClientRegistration) registration;
			providers.add(new IdentityProvider(provider.getRegistrationId(), provider.getClientName()));
		}
		return providers;
	}

	static boolean isPasswordSignIn(Authentication authentication) {
		return authentication instanceof UsernamePasswordAuthenticationToken;
	}

}
