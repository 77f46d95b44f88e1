package de.rathausbot.workspace.access;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.rathausbot.workspace.StaffSignIn;
import de.rathausbot.workspace.WorkspaceProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A generated first password never appears in the log, is kept in a file only the bot's
 * user can read, and has to be changed before the workspace can be used.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:first-administrator;DB_CLOSE_DELAY=-1",
		"rathausbot.admin.initial-password-file=target/first-administrator/initial-admin-password" })
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StaffUsers users;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	WorkspaceProperties configured;

	@Test
	void aGeneratedPasswordIsKeptOutOfTheLogAndMustBeChangedFirst(CapturedOutput output) throws IOException {
		this.jdbc.update("DELETE FROM staff_user");
		Path file = this.configured.initialPasswordFile();
		WorkspaceProperties generated = new WorkspaceProperties("erste", "", file, this.configured.maxFailedLogins(),
				this.configured.lockout(), this.configured.sso(), false);

		new FirstAdministrator(this.users, generated, this.encoder).run(null);

		String password = Files.readString(file).strip();
		assertThat(password).hasSize(20);
		assertThat(output).doesNotContain(password).contains(file.toAbsolutePath().toString());
		if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
			assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
				.isEqualTo("rw-------");
		}
		String basic = StaffSignIn.basic("erste", password);
		assertThat(this.mvc.get().uri("/api/admin/intents").header(HttpHeaders.AUTHORIZATION, basic)).hasStatus(403)
			.bodyJson()
			.extractingPath("$.passwordChangeRequired")
			.isEqualTo(true);
		assertThat(this.mvc.get().uri("/api/admin/me").header(HttpHeaders.AUTHORIZATION, basic)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.passwordChangeRequired")
			.isEqualTo(true);

		assertThat(this.mvc.put()
			.uri("/api/admin/me/password")
			.header(HttpHeaders.AUTHORIZATION, basic)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\": \"" + password + "\", \"newPassword\": \"selbst-gewaehlt-2026\"}"))
			.hasStatusOk();
		assertThat(file).as("the file has done its job").doesNotExist();

		assertThat(this.mvc.get()
			.uri("/api/admin/intents")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.basic("erste", "selbst-gewaehlt-2026"))).hasStatusOk();
	}

}
