package de.rathausbot.staff;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP Basic headers for the tests' staff accounts. */
final class StaffSignIn {

	/** The first administrator of the test profile. */
	static final String ADMIN = basic("admin", "test-admin-password");

	private StaffSignIn() {
	}

	static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

}
