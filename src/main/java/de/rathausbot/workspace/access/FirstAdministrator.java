package de.rathausbot.workspace.access;

import java.security.SecureRandom;
import java.util.Set;

import de.rathausbot.workspace.WorkspaceProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * At the first start (no staff account yet) creates the administrator
 * {@code rathausbot.admin.username} with the password from
 * {@code RATHAUSBOT_ADMIN_PASSWORD}, or a random one kept in a file only the bot's user
 * can read (never in the log) that has to be changed at the first sign-in.
 */
@Component
@ConditionalOnWebApplication
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private final StaffUsers users;

	private final WorkspaceProperties properties;

	private final PasswordEncoder encoder;

	FirstAdministrator(StaffUsers users, WorkspaceProperties properties, PasswordEncoder encoder) {
		this.users = users;
		this.properties = properties;
		this.encoder = encoder;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		String password = this.properties.password();
		boolean generated = password.isBlank();
		if (generated) {
			password = random();
			InitialPassword file = new InitialPassword(this.properties.initialPasswordFile());
			file.write(password);
			log.warn("""

					*** No staff account yet: created administrator '{}' with a generated password, kept in
					***   {}
					*** (readable only by this user). Sign in at /admin/ and change it: the workspace asks for
					*** it first, then the file is deleted. Or set RATHAUSBOT_ADMIN_PASSWORD before the first start.""",
					this.properties.username(), file.file().toAbsolutePath());
		}
		this.users.create(new StaffUser(this.properties.username(), this.encoder.encode(password),
				Set.of(Role.ADMIN, Role.EDITOR), generated));
		log.info("Created the administrator '{}'", this.properties.username());
	}

	private static String random() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 20; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
