package de.rathausbot.workspace.access;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import de.rathausbot.tenant.Tenant;
import de.rathausbot.tenant.Tenants;
import de.rathausbot.workspace.WorkspaceProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff accounts, managed by an administrator: {@code /api/admin/users}. The last
 * administrator cannot be removed or demoted, and nobody can delete themselves. Removing
 * a user or changing their roles or password ends their open sessions. An administrator
 * links an account at the city's identity provider to a staff account by issuer and
 * subject ({@code PUT/DELETE /api/admin/users/{name}/sso}).
 */
@RestController
class UsersController {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,64}");

	private final StaffUsers users;

	private final PasswordEncoder encoder;

	private final StaffSessions sessions;

	private final Tenants tenants;

	UsersController(StaffUsers users, PasswordEncoder encoder, StaffSessions sessions, Tenants tenants) {
		this.users = users;
		this.tenants = tenants;
		this.encoder = encoder;
		this.sessions = sessions;
	}

	/** A user as shown: never the password hash. */
	/**
	 * @param tenants the tenants the account may work on; empty: all
	 */
	record UserView(String username, List<String> roles, List<StaffUsers.SsoLink> sso, List<String> tenants) {

		static UserView of(StaffUser user, List<StaffUsers.SsoLink> sso, java.util.Set<String> tenants) {
			return new UserView(user.username(), user.roles().stream().map(Role::name).sorted().toList(), sso,
					tenants.stream().sorted().toList());
		}

	}

	/** A new or changed account; on a change, absent fields stay as they are. */
	record UserRequest(String username, String password, List<String> roles, List<String> tenants) {
	}

	/** The account at an identity provider that signs in as a staff account. */
	record SsoLinkRequest(
			@NotBlank(message = "the identity provider's issuer URL (at most 500 characters)") @Size(max = 500,
					message = "the identity provider's issuer URL (at most 500 characters)") String issuer,
			@NotBlank(message = "the account's subject id at the provider (at most 255 characters)") @Size(max = 255,
					message = "the account's subject id at the provider (at most 255 characters)") String subject) {
	}

	@GetMapping("/api/admin/users")
	List<UserView> list() {
		return this.users.all().stream().map(this::view).toList();
	}

	@PutMapping("/api/admin/users/{username}/sso")
	ResponseEntity<?> link(@PathVariable String username, @Valid @RequestBody SsoLinkRequest link) {
		StaffUser user = this.users.find(username).orElse(null);
		if (user == null) {
			return notFound(username);
		}
		this.users.link(username, new StaffUsers.SsoLink(link.issuer().strip(), link.subject().strip()));
		return ResponseEntity.ok(view(user));
	}

	@DeleteMapping("/api/admin/users/{username}/sso")
	ResponseEntity<?> unlink(@PathVariable String username) {
		StaffUser user = this.users.find(username).orElse(null);
		if (user == null) {
			return notFound(username);
		}
		this.users.unlink(username);
		this.sessions.end(username);
		return ResponseEntity.ok(view(user));
	}

	/** 400 when the request names a tenant the installation does not serve. */
	private Optional<ResponseEntity<?>> unknownTenant(List<String> requested) {
		return (requested == null ? List.<String>of() : requested).stream()
			.filter(id -> this.tenants.find(id).isEmpty())
			.findFirst()
			.map(id -> WorkspaceProblem.invalid("tenants", "no tenant '" + id + "' (known: "
					+ String.join(", ", this.tenants.all().stream().map(Tenant::id).toList()) + ")"));
	}

	private UserView view(StaffUser user) {
		return UserView.of(user, this.users.links(user.username()), this.users.tenants(user.username()));
	}

	@PostMapping("/api/admin/users")
	ResponseEntity<?> create(@RequestBody UserRequest request) {
		if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
			return WorkspaceProblem.invalid("username", "2 to 64 lower-case letters, digits, '.', '_' or '-'");
		}
		ResponseEntity<?> bad = PasswordRules.check("password", request.password(), true);
		if (bad != null) {
			return bad;
		}
		Set<Role> roles;
		try {
			roles = roles(request.roles(), true);
		}
		catch (IllegalArgumentException ex) {
			return WorkspaceProblem.invalid("roles", ex.getMessage());
		}
		if (this.users.find(request.username()).isPresent()) {
			return WorkspaceProblem.conflict("a staff member '" + request.username() + "' exists already");
		}
		Optional<ResponseEntity<?>> badTenants = unknownTenant(request.tenants());
		if (badTenants.isPresent()) {
			return badTenants.get();
		}
		StaffUser user = new StaffUser(request.username(), this.encoder.encode(request.password()), roles);
		this.users.create(user);
		this.users.setTenants(user.username(), Set.copyOf(request.tenants() == null ? List.of() : request.tenants()));
		return ResponseEntity.status(HttpStatus.CREATED).body(view(user));
	}

	@PutMapping("/api/admin/users/{username}")
	ResponseEntity<?> update(@PathVariable String username, @RequestBody UserRequest request) {
		StaffUser user = this.users.find(username).orElse(null);
		if (user == null) {
			return notFound(username);
		}
		ResponseEntity<?> bad = PasswordRules.check("password", request.password(), false);
		if (bad != null) {
			return bad;
		}
		Set<Role> roles;
		try {
			roles = request.roles() == null ? user.roles() : roles(request.roles(), true);
		}
		catch (IllegalArgumentException ex) {
			return WorkspaceProblem.invalid("roles", ex.getMessage());
		}
		if (user.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && this.users.admins() <= 1) {
			return WorkspaceProblem.conflict("'" + username + "' is the last administrator");
		}
		Optional<ResponseEntity<?>> badTenants = unknownTenant(request.tenants());
		if (badTenants.isPresent()) {
			return badTenants.get();
		}
		StaffUser changed = user.withRoles(roles);
		if (request.password() != null) {
			changed = changed.withPassword(this.encoder.encode(request.password()));
		}
		this.users.update(changed);
		boolean tenantsChanged = request.tenants() != null
				&& !Set.copyOf(request.tenants()).equals(this.users.tenants(username));
		if (request.tenants() != null) {
			this.users.setTenants(username, Set.copyOf(request.tenants()));
		}
		if (!changed.equals(user) || tenantsChanged) {
			// their open sessions carry the old roles, or were opened with the old
			// password
			this.sessions.end(username);
		}
		return ResponseEntity.ok(view(changed));
	}

	@DeleteMapping("/api/admin/users/{username}")
	ResponseEntity<?> delete(@PathVariable String username, Principal me) {
		StaffUser user = this.users.find(username).orElse(null);
		if (user == null) {
			return notFound(username);
		}
		if (username.equals(me.getName())) {
			return WorkspaceProblem.conflict("you cannot delete your own account");
		}
		if (user.roles().contains(Role.ADMIN) && this.users.admins() <= 1) {
			return WorkspaceProblem.conflict("'" + username + "' is the last administrator");
		}
		this.users.delete(username);
		this.sessions.end(username);
		return ResponseEntity.noContent().build();
	}

	private static Set<Role> roles(List<String> names, boolean required) {
		if (names == null || names.isEmpty()) {
			throw new IllegalArgumentException("at least one of EDITOR, ADMIN");
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String name : names) {
			try {
				roles.add(Role.valueOf(name.strip().toUpperCase(java.util.Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalArgumentException("unknown role '" + name + "' (EDITOR or ADMIN)");
			}
		}
		if (roles.contains(Role.ADMIN)) {
			roles.add(Role.EDITOR);
		}
		return roles;
	}

	private static ResponseEntity<?> notFound(String username) {
		return WorkspaceProblem.notFound("no staff member '" + username + "'");
	}

}
