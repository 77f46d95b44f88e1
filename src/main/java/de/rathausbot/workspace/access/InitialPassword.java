package de.rathausbot.workspace.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The first administrator's generated password, kept in a file that only the bot's
 * operating-system user can read (never in the log), until the administrator has changed
 * it.
 */
final class InitialPassword {

	private final Path file;

	InitialPassword(Path file) {
		this.file = file;
	}

	Path file() {
		return this.file;
	}

	void write(String password) {
		try {
			Path parent = this.file.toAbsolutePath().getParent();
			Files.createDirectories(parent);
			Files.deleteIfExists(this.file);
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.createFile(this.file,
						PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			}
			Files.writeString(this.file, password + System.lineSeparator());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the first administrator's password to " + this.file, ex);
		}
	}

	/** The password was changed: the file has done its job. */
	void delete() {
		try {
			Files.deleteIfExists(this.file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot delete " + this.file + ": delete it by hand", ex);
		}
	}

}
