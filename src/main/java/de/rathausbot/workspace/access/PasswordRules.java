package de.rathausbot.workspace.access;

import de.rathausbot.workspace.WorkspaceProblem;
import org.springframework.http.ResponseEntity;

/** What a staff password must be: 12 characters at least, 72 bytes at most (BCrypt). */
final class PasswordRules {

	static final int MIN_LENGTH = 12;

	private PasswordRules() {
	}

	/**
	 * @return 400 naming the field when the password breaks a rule, else null
	 */
	static ResponseEntity<?> check(String field, String password, boolean required) {
		if (password == null) {
			return required ? WorkspaceProblem.invalid(field, "a password is required") : null;
		}
		if (PasswordConfiguration.tooLong(password)) {
			return WorkspaceProblem.invalid(field, "at most " + PasswordConfiguration.MAX_PASSWORD_BYTES
					+ " bytes (about 70 letters; fewer with umlauts)");
		}
		if (password.length() < MIN_LENGTH) {
			return WorkspaceProblem.invalid(field, "at least " + MIN_LENGTH + " characters");
		}
		return null;
	}

}
