package de.rathausbot.workspace;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HTTP Basic headers for the tests' staff accounts, and reading their answers. */
public final class StaffSignIn {

	/** The first administrator of the test profile. */
	public static final String ADMIN = basic("admin", "test-admin-password");

	private StaffSignIn() {
	}

	public static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	public static String bodyOf(org.springframework.test.web.servlet.assertj.MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
