package de.rathausbot.knowledge;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.rathausbot.content.ContentException;

/**
 * The {@code --option value} pairs of an import command, checked: only known options,
 * each with a value, the required ones present; and how an import reports what stopped
 * it.
 */
final class CommandOptions {

	private CommandOptions() {
	}

	/**
	 * @throws IllegalArgumentException naming the first problem
	 */
	static Map<String, String> of(String[] args, List<String> allowed, List<String> required) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 1; i < args.length; i++) {
			if (!allowed.contains(args[i]) || i + 1 >= args.length) {
				throw new IllegalArgumentException("unknown or incomplete option '" + args[i] + "'");
			}
			options.put(args[i], args[++i]);
		}
		if (!options.keySet().containsAll(required)) {
			throw new IllegalArgumentException(String.join(" and ", required) + " are required");
		}
		return options;
	}

	/**
	 * An import's writing work: its exit code, or a broken input or an unwritable file.
	 */
	interface Work {

		int run() throws IOException;

	}

	/**
	 * Runs an import's work; a broken input file or a file that cannot be written is told
	 * in one line and exits with 2.
	 */
	static int writing(String command, Path to, PrintStream err, Work work) {
		try {
			return work.run();
		}
		catch (ContentException ex) {
			err.println(command + ": " + ex.getMessage());
			return 2;
		}
		catch (IOException ex) {
			err.println(command + ": cannot write " + to + ": " + ex.getMessage());
			return 2;
		}
	}

	/**
	 * The options, or empty after telling what is wrong and how the command is used (the
	 * command then exits with 2).
	 */
	static Optional<Map<String, String>> orUsage(String[] args, List<String> allowed, List<String> required,
			String command, String usage, PrintStream err) {
		try {
			return Optional.of(of(args, allowed, required));
		}
		catch (IllegalArgumentException ex) {
			err.println(command + ": " + ex.getMessage());
			err.println(usage);
			return Optional.empty();
		}
	}

}
