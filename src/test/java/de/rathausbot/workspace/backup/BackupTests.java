package de.rathausbot.workspace.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.zip.ZipFile;

import de.rathausbot.workspace.StaffSignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An online backup of the embedded H2 file database while the bot serves, restored the
 * way the README says: unzipped in place of the database file, it opens with the content
 * and the staff accounts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext
class BackupTests {

	@TempDir
	static Path data;

	@Autowired
	MockMvcTester mvc;

	@DynamicPropertySource
	static void fileDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:file:" + data.resolve("rathausbot") + ";AUTO_SERVER=FALSE");
		registry.add("rathausbot.backup.folder", () -> data.resolve("backups").toString());
	}

	@Test
	void anAdministratorBacksUpTheRunningDatabaseAndTheBackupRestores(@TempDir Path restore) throws Exception {
		MvcTestResult backup = this.mvc.post()
			.uri("/api/admin/backup")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.exchange();
		assertThat(backup).hasStatus(201);
		String file = com.jayway.jsonpath.JsonPath.parse(StaffSignIn.bodyOf(backup)).read("$.file", String.class);

		try (ZipFile zip = new ZipFile(file)) {
			zip.stream().forEach(entry -> {
				try {
					Files.copy(zip.getInputStream(entry), restore.resolve(entry.getName()));
				}
				catch (java.io.IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
		}
		try (Connection restored = DriverManager.getConnection("jdbc:h2:file:" + restore.resolve("rathausbot"), "sa",
				""); Statement statement = restored.createStatement()) {
			ResultSet items = statement.executeQuery("SELECT COUNT(*) FROM content_item WHERE kind = 'services'");
			items.next();
			assertThat(items.getInt(1)).isPositive();
			ResultSet users = statement.executeQuery("SELECT COUNT(*) FROM staff_user");
			users.next();
			assertThat(users.getInt(1)).isPositive();
		}
		assertThat(this.mvc.post()
			.uri("/api/admin/backup")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.basic("nobody", "x"))).hasStatus(401);
	}

}
