package de.rathausbot.staff;

import java.util.Set;

/** A staff member as stored: the password only as a BCrypt hash. */
record StaffUser(String username, String passwordHash, Set<Role> roles) {

	StaffUser {
		roles = Set.copyOf(roles);
	}

}
