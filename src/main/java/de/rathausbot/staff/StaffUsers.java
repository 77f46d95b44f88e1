package de.rathausbot.staff;

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

	Optional<StaffUser> find(String username) {
		return this.jdbc.sql("SELECT username, password_hash, roles FROM staff_user WHERE username = ?")
			.param(username)
			.query((rs, n) -> new StaffUser(rs.getString(1), rs.getString(2), roles(rs.getString(3))))
			.optional();
	}

	List<StaffUser> all() {
		return this.jdbc.sql("SELECT username, password_hash, roles FROM staff_user ORDER BY username")
			.query((rs, n) -> new StaffUser(rs.getString(1), rs.getString(2), roles(rs.getString(3))))
			.list();
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM staff_user").query(Long.class).single();
	}

	long admins() {
		return all().stream().filter(u -> u.roles().contains(Role.ADMIN)).count();
	}

	void create(StaffUser user) {
		this.jdbc.sql("INSERT INTO staff_user (username, password_hash, roles, created_at) VALUES (?, ?, ?, ?)")
			.params(user.username(), user.passwordHash(), text(user.roles()),
					this.clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	void update(StaffUser user) {
		this.jdbc.sql("UPDATE staff_user SET password_hash = ?, roles = ? WHERE username = ?")
			.params(user.passwordHash(), text(user.roles()), user.username())
			.update();
	}

	boolean delete(String username) {
		return this.jdbc.sql("DELETE FROM staff_user WHERE username = ?").param(username).update() > 0;
	}

	private static Set<Role> roles(String text) {
		return Arrays.stream(text.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).collect(Collectors.toSet());
	}

	private static String text(Set<Role> roles) {
		return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
	}

}
