package de.rathausbot.staff;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
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
 * administrator cannot be removed or demoted, and nobody can delete themselves.
 * {@code GET /api/admin/me} tells any signed-in staff member who they are.
 */
@RestController
class UsersController {

	private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{2,64}");

	static final int MIN_PASSWORD = 12;

	private final StaffUsers users;

	private final PasswordEncoder encoder;

	UsersController(StaffUsers users, PasswordEncoder encoder) {
		this.users = users;
		this.encoder = encoder;
	}

	/** A user as shown: never the password hash. */
	record UserView(String username, List<String> roles) {

		static UserView of(StaffUser user) {
			return new UserView(user.username(), user.roles().stream().map(Role::name).sorted().toList());
		}

	}

	/** A new or changed account; on a change, absent fields stay as they are. */
	record UserRequest(String username, String password, List<String> roles) {
	}

	@GetMapping("/api/admin/me")
	Map<String, Object> me(Authentication authentication) {
		return Map.of("username", authentication.getName(), "roles",
				authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					// not the factor authorities (FACTOR_PASSWORD) Spring Security adds
					.filter(a -> a.startsWith("ROLE_"))
					.map(a -> a.substring("ROLE_".length()))
					.sorted()
					.toList());
	}

	@GetMapping("/api/admin/users")
	List<UserView> list() {
		return this.users.all().stream().map(UserView::of).toList();
	}

	@PostMapping("/api/admin/users")
	ResponseEntity<?> create(@RequestBody UserRequest request) {
		if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
			return invalid("username", "2 to 64 lower-case letters, digits, '.', '_' or '-'");
		}
		ResponseEntity<?> bad = checkPassword(request.password(), true);
		if (bad != null) {
			return bad;
		}
		Set<Role> roles;
		try {
			roles = roles(request.roles(), true);
		}
		catch (IllegalArgumentException ex) {
			return invalid("roles", ex.getMessage());
		}
		if (this.users.find(request.username()).isPresent()) {
			return conflict("a staff member '" + request.username() + "' exists already");
		}
		StaffUser user = new StaffUser(request.username(), this.encoder.encode(request.password()), roles);
		this.users.create(user);
		return ResponseEntity.status(HttpStatus.CREATED).body(UserView.of(user));
	}

	@PutMapping("/api/admin/users/{username}")
	ResponseEntity<?> update(@PathVariable String username, @RequestBody UserRequest request) {
		StaffUser user = this.users.find(username).orElse(null);
		if (user == null) {
			return notFound(username);
		}
		ResponseEntity<?> bad = checkPassword(request.password(), false);
		if (bad != null) {
			return bad;
		}
		Set<Role> roles;
		try {
			roles = request.roles() == null ? user.roles() : roles(request.roles(), true);
		}
		catch (IllegalArgumentException ex) {
			return invalid("roles", ex.getMessage());
		}
		if (user.roles().contains(Role.ADMIN) && !roles.contains(Role.ADMIN) && this.users.admins() <= 1) {
			return conflict("'" + username + "' is the last administrator");
		}
		StaffUser changed = new StaffUser(username,
				request.password() == null ? user.passwordHash() : this.encoder.encode(request.password()), roles);
		this.users.update(changed);
		return ResponseEntity.ok(UserView.of(changed));
	}

	@DeleteMapping("/api/admin/users/{username}")
	ResponseEntity<?> delete(@PathVariable String username, Principal me) {
		StaffUser user = this.users.find(username).orElse(null);
		if (user == null) {
			return notFound(username);
		}
		if (username.equals(me.getName())) {
			return conflict("you cannot delete your own account");
		}
		if (user.roles().contains(Role.ADMIN) && this.users.admins() <= 1) {
			return conflict("'" + username + "' is the last administrator");
		}
		this.users.delete(username);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<?> checkPassword(String password, boolean required) {
		if (password == null) {
			return required ? invalid("password", "a password is required") : null;
		}
		if (PasswordConfiguration.tooLong(password)) {
			return invalid("password", "at most " + PasswordConfiguration.MAX_PASSWORD_BYTES
					+ " bytes (about 70 letters; fewer with umlauts)");
		}
		if (password.length() < MIN_PASSWORD) {
			return invalid("password", "at least " + MIN_PASSWORD + " characters");
		}
		return null;
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

	private static ResponseEntity<?> invalid(String field, String message) {
		return ResponseEntity.badRequest().body(Map.of("error", field + ": " + message, "field", field));
	}

	private static ResponseEntity<?> conflict(String message) {
		return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("error", message));
	}

	private static ResponseEntity<?> notFound(String username) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no staff member '" + username + "'"));
	}

}
