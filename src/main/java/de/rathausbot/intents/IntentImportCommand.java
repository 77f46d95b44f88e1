package de.rathausbot.intents;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import de.rathausbot.content.ContentException;
import de.rathausbot.content.YamlNode;

/**
 * {@code java -jar rathausbot.jar import --from FILE [--domain domain.yml] --to
 * intents/imported.yml}: turns another tool's training data (TSV or Rasa {@code nlu.yml})
 * into a Rathausbot intents file. Answers come from Rasa {@code utter_<intent>} responses
 * when a domain file is given; intents without one are written without an answer, and the
 * bot refuses to load the file until staff have written one (it never answers with a
 * placeholder). Exits 2 on bad arguments or input.
 */
public final class IntentImportCommand {

	public static final String NAME = "import";

	static final String USAGE = "usage: java -jar rathausbot.jar import --from FILE.tsv|nlu.yml [--domain domain.yml] --to intents/NAME.yml";

	private IntentImportCommand() {
	}

	public static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 1; i < args.length; i++) {
			if (!List.of("--from", "--to", "--domain").contains(args[i]) || i + 1 >= args.length) {
				err.println("import: unknown or incomplete option '" + args[i] + "'");
				err.println(USAGE);
				return 2;
			}
			options.put(args[i], args[++i]);
		}
		if (!options.containsKey("--from") || !options.containsKey("--to")) {
			err.println("import: --from and --to are required");
			err.println(USAGE);
			return 2;
		}
		Path from = Path.of(options.get("--from"));
		Path to = Path.of(options.get("--to"));
		if (Files.exists(to)) {
			err.println("import: " + to + " exists; choose another --to (nothing is overwritten)");
			return 2;
		}
		try {
			ForeignExamples.Examples examples = ForeignExamples.read(from, ForeignExamples.Split.TRAIN);
			Map<String, String> answers = options.containsKey("--domain")
					? rasaResponses(Path.of(options.get("--domain"))) : Map.of();
			Imported imported = imported(examples, answers);
			Files.writeString(to, imported.yaml(from), StandardCharsets.UTF_8);
			out.println("import: wrote " + imported.intents().size() + " intents, " + imported.outOfScope().size()
					+ " out-of-scope examples and " + examples.synonyms().size() + " synonym groups to " + to);
			List<String> unanswered = imported.intents()
				.stream()
				.filter(i -> i.answer() == null)
				.map(Draft::id)
				.toList();
			if (!unanswered.isEmpty()) {
				out.println("import: " + unanswered.size() + " intents have no answer yet: "
						+ String.join(", ", unanswered));
				out.println(
						"        write an 'answer:' (or 'knowledge:') for each; the bot will not load the file before");
			}
			List<String> few = imported.intents().stream().filter(i -> i.examples().size() < 8).map(Draft::id).toList();
			if (!few.isEmpty()) {
				out.println("import: " + few.size() + " intents have fewer than 8 examples: " + String.join(", ", few));
			}
			return 0;
		}
		catch (ContentException ex) {
			err.println("import: " + ex.getMessage());
			return 2;
		}
		catch (IOException ex) {
			err.println("import: cannot write " + to + ": " + ex.getMessage());
			return 2;
		}
	}

	/** An intent as imported: its answer may be missing. */
	record Draft(String id, String title, List<String> examples, String answer) {
	}

	record Imported(List<Draft> intents, List<String> outOfScope, Map<String, List<String>> synonyms) {

		String yaml(Path source) {
			StringBuilder yaml = new StringBuilder();
			yaml.append("# Imported from ").append(source.getFileName()).append(". Check titles and examples,\n");
			yaml.append("# and write an answer for every intent that has none.\n");
			yaml.append("intents:\n");
			for (Draft draft : this.intents) {
				yaml.append("  - id: ").append(draft.id()).append('\n');
				yaml.append("    title: ").append(quoted(draft.title())).append('\n');
				if (draft.answer() != null) {
					yaml.append("    answer: ").append(quoted(draft.answer())).append('\n');
				}
				yaml.append("    examples:\n");
				draft.examples().forEach(e -> yaml.append("      - ").append(quoted(e)).append('\n'));
			}
			if (!this.outOfScope.isEmpty()) {
				yaml.append("outOfScope:\n");
				this.outOfScope.forEach(e -> yaml.append("  - ").append(quoted(e)).append('\n'));
			}
			if (!this.synonyms.isEmpty()) {
				yaml.append("synonyms:\n");
				this.synonyms.forEach((canonical, variants) -> yaml.append("  ")
					.append(quoted(canonical))
					.append(": [")
					.append(String.join(", ", variants.stream().map(IntentImportCommand::quoted).toList()))
					.append("]\n"));
			}
			return yaml.toString();
		}

	}

	static Imported imported(ForeignExamples.Examples examples, Map<String, String> answers) {
		Map<String, List<String>> byLabel = new LinkedHashMap<>();
		List<String> outOfScope = new ArrayList<>();
		for (LabelledExample example : examples.examples()) {
			if (example.outOfScope()) {
				outOfScope.add(example.text());
			}
			else {
				byLabel.computeIfAbsent(example.label(), l -> new ArrayList<>()).add(example.text());
			}
		}
		List<Draft> drafts = new ArrayList<>();
		byLabel.forEach((label, texts) -> drafts
			.add(new Draft(id(label), title(label), texts.stream().distinct().toList(), answers.get(label))));
		return new Imported(drafts, outOfScope, examples.synonyms());
	}

	/** Rasa {@code responses: {utter_x: [{text: ...}]}}: the first text per intent x. */
	static Map<String, String> rasaResponses(Path domain) {
		String text;
		try {
			text = Files.readString(domain, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ContentException(domain.toString(), 0, "cannot read: " + ex.getMessage(), ex);
		}
		Map<String, String> answers = new LinkedHashMap<>();
		Optional<YamlNode> responses = YamlNode.parse(domain.toString(), text).get("responses");
		if (responses.isEmpty()) {
			return answers;
		}
		for (String key : responses.get().keys()) {
			if (!key.startsWith("utter_")) {
				continue;
			}
			responses.get()
				.items(key)
				.stream()
				.flatMap(item -> item.optionalText("text").stream())
				.findFirst()
				.ifPresent(answer -> answers.put(key.substring("utter_".length()), answer));
		}
		return answers;
	}

	/** An id as Rathausbot writes them: lower case, words joined by hyphens. */
	static String id(String label) {
		String id = label.toLowerCase(Locale.ROOT)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		return id.isEmpty() ? "intent" : id;
	}

	static String title(String label) {
		String words = label.replaceAll("[_\\-.]+", " ").strip();
		return words.isEmpty() ? label : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

}
