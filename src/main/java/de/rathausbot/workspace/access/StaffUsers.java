package de.rathausbot.workspace.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The staff accounts in the database. */
@Repository
class StaffUsers {

	private final JdbcClient jdbc;

	private final Clock clock;

	StaffUsers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	private static final String COLUMNS = "username, password_hash, roles, password_change_required";

	Optional<StaffUser> find(String username) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM staff_user WHERE username = ?")
			.param(username)
			.query(StaffUsers::user)
			.optional();
	}

	List<StaffUser> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM staff_user ORDER BY username").query(StaffUsers::user).list();
	}

	private static StaffUser user(ResultSet rs, int row) throws SQLException {
		return new StaffUser(rs.getString(1), rs.getString(2), roles(rs.getString(3)), rs.getBoolean(4));
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM staff_user").query(Long.class).single();
	}

	long admins() {
		return all().stream().filter(u -> u.roles().contains(Role.ADMIN)).count();
	}

	void create(StaffUser user) {
		this.jdbc
			.sql("INSERT INTO staff_user (username, password_hash, roles, password_change_required, created_at)"
					+ " VALUES (?, ?, ?, ?, ?)")
			.params(user.username(), user.passwordHash(), text(user.roles()), user.passwordChangeRequired(),
					this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	void update(StaffUser user) {
		this.jdbc
			.sql("UPDATE staff_user SET password_hash = ?, roles = ?, password_change_required = ? WHERE username = ?")
			.params(user.passwordHash(), text(user.roles()), user.passwordChangeRequired(), user.username())
			.update();
	}

	/**
	 * The tenants an account may work on; empty: all of them (also for accounts the
	 * database does not have, signed in through an identity provider).
	 */
	Set<String> tenants(String username) {
		return this.jdbc.sql("SELECT tenants FROM staff_user WHERE username = ?")
			.param(username)
			.query(String.class)
			.optional()
			.map(StaffUsers::tenantSet)
			.orElse(Set.of());
	}

	void setTenants(String username, Set<String> tenants) {
		this.jdbc.sql("UPDATE staff_user SET tenants = ? WHERE username = ?")
			.params(tenants.isEmpty() ? null : String.join(",", new java.util.TreeSet<>(tenants)), username)
			.update();
	}

	private static Set<String> tenantSet(String text) {
		return text == null || text.isBlank() ? Set.of()
				: Arrays.stream(text.split(","))
					.map(String::strip)
					.filter(t -> !t.isEmpty())
					.collect(Collectors.toSet());
	}

	/** The staff account an identity provider's account is linked to. */
	Optional<String> linkedTo(String issuer, String subject) {
		return this.jdbc.sql("SELECT username FROM staff_sso_link WHERE issuer = ? AND subject = ?")
			.params(issuer, subject)
			.query(String.class)
			.optional();
	}

	List<SsoLink> links(String username) {
		return this.jdbc.sql("SELECT issuer, subject FROM staff_sso_link WHERE username = ? ORDER BY issuer, subject")
			.param(username)
			.query((rs, n) -> new SsoLink(rs.getString(1), rs.getString(2)))
			.list();
	}

	/**
	 * Links the provider's account to the staff account, replacing an earlier link of it.
	 */
	void link(String username, SsoLink link) {
		this.jdbc.sql("DELETE FROM staff_sso_link WHERE issuer = ? AND subject = ?")
			.params(link.issuer(), link.subject())
			.update();
		this.jdbc.sql("INSERT INTO staff_sso_link (issuer, subject, username, linked_at) VALUES (?, ?, ?, ?)")
			.params(link.issuer(), link.subject(), username, this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	int unlink(String username) {
		return this.jdbc.sql("DELETE FROM staff_sso_link WHERE username = ?").param(username).update();
	}

	/** An account at an identity provider: its issuer URL and its stable subject id. */
	record SsoLink(String issuer, String subject) {
	}

	boolean delete(String username) {
		this.jdbc.sql("DELETE FROM staff_sso_link WHERE username = ?").param(username).update();
		return this.jdbc.sql("DELETE FROM staff_user WHERE username = ?").param(username).update() > 0;
	}

	private static Set<Role> roles(String text) {
		return Arrays.stream(text.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).collect(Collectors.toSet());
	}

	private static String text(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

}
