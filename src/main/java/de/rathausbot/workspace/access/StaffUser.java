package de.rathausbot.workspace.access;

import java.util.Set;

/**
 * A staff member as stored: the password only as a BCrypt hash.
 *
 * @param passwordChangeRequired the password was generated and must be changed before
 * anything else is done in the workspace
 */
record StaffUser(String username, String passwordHash, Set<Role> roles, boolean passwordChangeRequired) {

	StaffUser {
		roles = Set.copyOf(roles);
	}

	StaffUser(String username, String passwordHash, Set<Role> roles) {
		this(username, passwordHash, roles, false);
	}

	StaffUser withPassword(String newHash) {
		return new StaffUser(this.username, newHash, this.roles, false);
	}

	StaffUser withRoles(Set<Role> newRoles) {
		return new StaffUser(this.username, this.passwordHash, newRoles, this.passwordChangeRequired);
	}

}
