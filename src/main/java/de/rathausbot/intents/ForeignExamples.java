package de.rathausbot.intents;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import de.rathausbot.content.ContentException;
import de.rathausbot.content.YamlNode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads labelled examples from the formats of other tools, for migration and benchmarks:
 * <ul>
 * <li>TSV: {@code text<TAB>intent} per line ({@code #} comments and blank lines
 * skipped);</li>
 * <li>Rasa {@code nlu.yml}: {@code nlu: [{intent, examples: "- ...\n- ..."}]}, entity
 * markup {@code [Berlin](city)} reduced to its text, {@code synonym:} entries kept as
 * synonyms;</li>
 * <li>CLINC150 JSON ({@code data_full.json}): the split for the purpose ({@code train},
 * {@code val} or {@code test}, each with its {@code oos_} part).</li>
 * </ul>
 * Labels {@code oos}, {@code out_of_scope} and {@code out-of-scope} mean out of scope.
 */
public final class ForeignExamples {

	private static final Set<String> OUT_OF_SCOPE_LABELS = Set.of("oos", "out_of_scope", "out-of-scope", "outofscope");

	private static final Pattern RASA_ENTITY = Pattern.compile("\\[([^\\]]*)\\](\\([^)]*\\)|\\{[^}]*\\})");

	/** Which part of a data set with splits to read. */
	public enum Split {

		TRAIN("train"), TUNE("val"), TEST("test");

		private final String clincKey;

		Split(String clincKey) {
			this.clincKey = clincKey;
		}

	}

	/** Examples and, from Rasa files, synonyms (canonical word → variants). */
	public record Examples(List<LabelledExample> examples, Map<String, List<String>> synonyms) {

		public Examples {
			examples = List.copyOf(examples);
			synonyms = Map.copyOf(synonyms);
		}

	}

	private ForeignExamples() {
	}

	/** Whether a path is in one of these formats (and not Rathausbot's own intents). */
	public static boolean isForeign(Path path) {
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".tsv") || name.endsWith(".json")) {
			return true;
		}
		if (Files.isRegularFile(path) && (name.endsWith(".yml") || name.endsWith(".yaml"))) {
			try {
				return Files.readAllLines(path, StandardCharsets.UTF_8)
					.stream()
					.anyMatch(line -> line.startsWith("nlu:"));
			}
			catch (IOException ex) {
				return false;
			}
		}
		return false;
	}

	public static Examples read(Path path, Split split) {
		String file = path.toString();
		String text;
		try {
			text = Files.readString(path, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ContentException(file, 0, "cannot read: " + ex.getMessage(), ex);
		}
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".tsv")) {
			return new Examples(tsv(file, text), Map.of());
		}
		if (name.endsWith(".json")) {
			return new Examples(clinc(file, text, split), Map.of());
		}
		return rasa(file, text);
	}

	static List<LabelledExample> tsv(String file, String text) {
		List<LabelledExample> examples = new ArrayList<>();
		String[] lines = text.split("\r?\n");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			int tab = line.lastIndexOf('\t');
			if (tab <= 0 || tab == line.length() - 1) {
				throw new ContentException(file, i + 1, "expected 'text<TAB>intent', got '" + abbreviate(line) + "'");
			}
			String label = line.substring(tab + 1).strip();
			String example = line.substring(0, tab).strip();
			if (i == 0 && List.of("text", "utt", "utterance").contains(example.toLowerCase(Locale.ROOT))) {
				continue;
			}
			examples.add(new LabelledExample(label(label), example));
		}
		return examples;
	}

	static List<LabelledExample> clinc(String file, String text, Split split) {
		JsonNode root;
		try {
			root = JsonMapper.builder().build().readTree(text);
		}
		catch (JacksonException ex) {
			throw new ContentException(file, 0, "invalid JSON: " + ex.getOriginalMessage());
		}
		if (!root.has(split.clincKey)) {
			throw new ContentException(file, 0, "no '" + split.clincKey + "' split: expected the CLINC150 layout "
					+ "{\"train\": [[text, intent], ...], \"oos_train\": ..., \"val\": ..., \"test\": ...}");
		}
		List<LabelledExample> examples = new ArrayList<>();
		for (String key : List.of(split.clincKey, "oos_" + split.clincKey)) {
			for (JsonNode pair : root.path(key)) {
				examples.add(new LabelledExample(label(pair.get(1).asString()), pair.get(0).asString()));
			}
		}
		return examples;
	}

	static Examples rasa(String file, String text) {
		YamlNode root = YamlNode.parse(file, text);
		List<LabelledExample> examples = new ArrayList<>();
		Map<String, List<String>> synonyms = new LinkedHashMap<>();
		for (YamlNode entry : root.items("nlu")) {
			if (entry.get("intent").isPresent()) {
				String label = label(entry.requireText("intent"));
				rasaList(entry).forEach(e -> examples.add(new LabelledExample(label, e)));
			}
			else if (entry.get("synonym").isPresent()) {
				synonyms.computeIfAbsent(entry.requireText("synonym"), k -> new ArrayList<>()).addAll(rasaList(entry));
			}
			// regex and lookup entries have no counterpart: entities are not extracted
		}
		if (examples.isEmpty()) {
			throw root.error("no intents found: expected Rasa's 'nlu: [{intent: ..., examples: |- ...}]'");
		}
		return new Examples(examples, synonyms);
	}

	/** The {@code examples: |} block of a Rasa entry, one text per "- " line. */
	private static List<String> rasaList(YamlNode entry) {
		List<String> texts = new ArrayList<>();
		for (String line : entry.requireText("examples").split("\r?\n")) {
			String item = line.strip();
			if (item.startsWith("- ")) {
				texts.add(RASA_ENTITY.matcher(item.substring(2).strip()).replaceAll("$1"));
			}
		}
		return texts;
	}

	private static String label(String label) {
		return OUT_OF_SCOPE_LABELS.contains(label.toLowerCase(Locale.ROOT)) ? LabelledExample.OUT_OF_SCOPE : label;
	}

	private static String abbreviate(String line) {
		return line.length() > 60 ? line.substring(0, 60) + "…" : line;
	}

}
