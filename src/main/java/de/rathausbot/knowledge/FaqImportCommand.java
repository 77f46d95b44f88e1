package de.rathausbot.knowledge;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.rathausbot.content.YamlText;

/**
 * {@code java -jar rathausbot.jar import-faq --from faq.tsv|faq.csv|faq.json --to
 * knowledge/faq-NAME.yml}: turns a city's FAQ export ({@link FaqTable}) into a knowledge
 * file staff can review and load. Never overwrites a file; exits 2 on bad arguments or
 * input, naming the file and line.
 */
public final class FaqImportCommand {

	public static final String NAME = "import-faq";

	static final String USAGE = "usage: java -jar rathausbot.jar import-faq --from FILE.tsv|.csv|.json --to FILE.yml";

	private FaqImportCommand() {
	}

	public static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		Optional<Map<String, String>> given = CommandOptions.orUsage(args, List.of("--from", "--to"),
				List.of("--from", "--to"), NAME, USAGE, err);
		if (given.isEmpty()) {
			return 2;
		}
		Map<String, String> options = given.get();
		Path to = Path.of(options.get("--to"));
		String fileName = to.getFileName().toString();
		if (!fileName.matches("faq.*\\.yml")) {
			err.println(NAME + ": --to must name a file faq*.yml (the bot reads FAQ entries from those)");
			return 2;
		}
		if (Files.exists(to)) {
			err.println(NAME + ": " + to + " exists; choose another name (nothing is overwritten)");
			return 2;
		}
		return CommandOptions.writing(NAME, to, err, () -> {
			Path from = Path.of(options.get("--from"));
			List<Faq> faqs = FaqTable.read(from);
			if (to.toAbsolutePath().getParent() != null) {
				Files.createDirectories(to.toAbsolutePath().getParent());
			}
			Files.writeString(to, yaml(from.getFileName().toString(), faqs), StandardCharsets.UTF_8);
			out.println(NAME + ": wrote " + faqs.size() + " FAQ entries to " + to);
			return 0;
		});
	}

	/** The entries of a FAQ export (tsv, csv, json), checked. */
	public static List<Faq> read(Path file) {
		return FaqTable.read(file);
	}

	/** The entries as a knowledge file. */
	public static String yaml(String source, List<Faq> faqs) {
		List<Map<String, Object>> entries = new ArrayList<>();
		for (Faq faq : faqs) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("id", faq.id());
			entry.put("question", faq.question());
			if (!faq.phrasings().isEmpty()) {
				entry.put("phrasings", faq.phrasings());
			}
			entry.put("answer", faq.answer());
			faq.url().ifPresent(u -> entry.put("url", u));
			entries.add(entry);
		}
		return "# Imported from " + source + " by import-faq. Review before publishing; add other ways of\n"
				+ "# asking a question as 'phrasings'.\n" + YamlText.dump(Map.of("faq", entries));
	}

}
