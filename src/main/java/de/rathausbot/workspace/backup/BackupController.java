package de.rathausbot.workspace.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import de.rathausbot.system.ClusterLocks;
import de.rathausbot.workspace.WorkspaceProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An online backup of the embedded H2 database, {@code POST /api/admin/backup}
 * (administrators): H2's {@code BACKUP TO} writes a consistent zip of the database file
 * while the bot keeps serving, to {@code data/backups/}. PostgreSQL is backed up with its
 * own tools ({@code pg_dump}, README "Operations").
 */
@RestController
class BackupController {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

	private final JdbcClient jdbc;

	private final ClusterLocks locks;

	private final Clock clock;

	private final Path folder;

	BackupController(JdbcClient jdbc, ClusterLocks locks, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${rathausbot.backup.folder:data/backups}") Path folder) {
		this.jdbc = jdbc;
		this.locks = locks;
		this.clock = clock;
		this.folder = folder;
	}

	/**
	 * @param file where the backup is, to copy away (and unzip into {@code data/} to
	 * restore)
	 */
	record Backup(String file, long bytes) {
	}

	@PostMapping("/api/admin/backup")
	ResponseEntity<?> backup() throws java.io.IOException {
		if (this.locks.shared()) {
			return WorkspaceProblem.of(HttpStatus.CONFLICT,
					"the database is PostgreSQL: back it up with pg_dump (README, Operations)");
		}
		Files.createDirectories(this.folder);
		Path file = this.folder
			.resolve("rathausbot-" + STAMP.format(this.clock.instant().atOffset(ZoneOffset.UTC)) + ".zip")
			.toAbsolutePath();
		try {
			this.jdbc.sql("BACKUP TO '" + file.toString().replace("'", "''") + "'").update();
		}
		catch (org.springframework.dao.DataAccessException ex) {
			return WorkspaceProblem.of(HttpStatus.CONFLICT,
					"no backup: " + ex.getMostSpecificCause().getMessage() + " (an in-memory database has no file)");
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(new Backup(file.toString(), Files.size(file)));
	}

}
