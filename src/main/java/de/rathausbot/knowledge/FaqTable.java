package de.rathausbot.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import de.rathausbot.content.ContentId;
import de.rathausbot.content.ContentException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A city's FAQ as exported from its website or a spreadsheet: a tab- or comma-separated
 * table with a header row, or a JSON array of objects, with the columns {@code question}
 * and {@code answer} and optionally {@code url} and {@code id} (also in German:
 * {@code frage}, {@code antwort}, {@code link}). Each bad row is named with file and
 * line.
 */
final class FaqTable {

	private static final Pattern URL = Pattern.compile("https?://\\S+");

	private static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("question", "question"),
			Map.entry("frage", "question"), Map.entry("answer", "answer"), Map.entry("antwort", "answer"),
			Map.entry("url", "url"), Map.entry("link", "url"), Map.entry("quelle", "url"), Map.entry("id", "id"),
			Map.entry("faq_id", "id"));

	private FaqTable() {
	}

	static List<Faq> read(Path file) {
		String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
		String text;
		try {
			text = Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ContentException(file.toString(), 0, "cannot read: " + ex.getMessage(), ex);
		}
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<Row> rows;
		if (name.endsWith(".json")) {
			rows = json(file.toString(), text);
		}
		else if (name.endsWith(".tsv") || name.endsWith(".csv")) {
			boolean tabs = name.endsWith(".tsv");
			rows = table(file.toString(), text, tabs ? '\t' : separator(text), !tabs);
		}
		else {
			throw new ContentException(file.toString(), 0, "expected a .tsv, .csv or .json file");
		}
		Set<String> ids = new HashSet<>();
		List<Faq> faqs = new ArrayList<>();
		for (Row row : rows) {
			faqs.add(faq(file.toString(), row, ids));
		}
		if (faqs.isEmpty()) {
			throw new ContentException(file.toString(), 0, "no FAQ entries found");
		}
		return faqs;
	}

	/** One entry as read, with the line it starts on. */
	private record Row(int line, Map<String, String> values) {
	}

	private static Faq faq(String file, Row row, Set<String> ids) {
		String question = row.values().getOrDefault("question", "").strip();
		String answer = row.values().getOrDefault("answer", "").strip();
		if (question.isEmpty()) {
			throw new ContentException(file, row.line(), "the question is empty");
		}
		if (answer.isEmpty()) {
			throw new ContentException(file, row.line(), "the answer to '" + question + "' is empty");
		}
		Optional<String> url = Optional.ofNullable(row.values().get("url"))
			.map(String::strip)
			.filter(u -> !u.isEmpty());
		if (url.isPresent() && !URL.matcher(url.get()).matches()) {
			throw new ContentException(file, row.line(), "url '" + url.get() + "' must start with http:// or https://");
		}
		String given = row.values().getOrDefault("id", "").strip().toLowerCase(Locale.ROOT);
		String id = ContentId.isValid(given) ? given : ServiceCatalogue.slug(question);
		String unique = id;
		for (int n = 2; !ids.add(unique); n++) {
			unique = id + "-" + n;
		}
		return new Faq(unique, question, List.of(), answer, url);
	}

	private static List<Row> json(String file, String text) {
		JsonNode root;
		try {
			root = JsonMapper.builder().build().readTree(text);
		}
		catch (JacksonException ex) {
			int line = ex.getLocation() != null ? ex.getLocation().getLineNr() : 0;
			throw new ContentException(file, line, "not readable as JSON: " + ex.getOriginalMessage(), ex);
		}
		if (!root.isArray()) {
			throw new ContentException(file, 1, "expected a JSON array of objects with question and answer");
		}
		List<Row> rows = new ArrayList<>();
		int index = 0;
		for (JsonNode node : root) {
			index++;
			if (!node.isObject()) {
				throw new ContentException(file, 0, "entry " + index + " is not an object");
			}
			Map<String, String> values = new java.util.LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> field : node.properties()) {
				String column = COLUMNS.get(field.getKey().toLowerCase(Locale.ROOT));
				if (column != null && !field.getValue().isNull()) {
					values.put(column, field.getValue().asString());
				}
			}
			// JSON has no lines worth naming in a one-line export: the entry's number
			rows.add(new Row(index, values));
		}
		return rows;
	}

	/** Semicolons in German spreadsheets' CSV, commas elsewhere. */
	private static char separator(String text) {
		String header = text.lines().findFirst().orElse("");
		return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
	}

	/**
	 * A delimited table with a header row; in CSV, quoted cells may hold separators and
	 * lines (a TSV's cells hold no tabs, and its quotes are text).
	 */
	private static List<Row> table(String file, String text, char separator, boolean quoting) {
		List<List<String>> records = new ArrayList<>();
		List<Integer> lines = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int line = 1;
		int recordLine = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					if (c == '\n') {
						line++;
					}
					cell.append(c);
				}
			}
			else if (quoting && c == '"' && cell.isEmpty()) {
				quoted = true;
			}
			else if (c == separator) {
				record.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				record.add(cell.toString());
				cell.setLength(0);
				if (!(record.size() == 1 && record.get(0).isBlank())) {
					records.add(record);
					lines.add(recordLine);
				}
				record = new ArrayList<>();
				line++;
				recordLine = line;
			}
			else {
				cell.append(c);
			}
		}
		if (quoted) {
			throw new ContentException(file, recordLine, "a quoted cell is not closed");
		}
		if (!cell.isEmpty() || !record.isEmpty()) {
			record.add(cell.toString());
			records.add(record);
			lines.add(recordLine);
		}
		if (records.isEmpty()) {
			throw new ContentException(file, 1, "the file is empty");
		}
		List<String> header = records.get(0)
			.stream()
			.map(h -> COLUMNS.get(h.strip().toLowerCase(Locale.ROOT)))
			.toList();
		if (!header.contains("question") || !header.contains("answer")) {
			throw new ContentException(file, 1,
					"the header row needs the columns question and answer (or frage and antwort), found "
							+ records.get(0));
		}
		List<Row> rows = new ArrayList<>();
		for (int r = 1; r < records.size(); r++) {
			List<String> cells = records.get(r);
			if (cells.size() > header.size()) {
				throw new ContentException(file, lines.get(r), "the row has " + cells.size() + " cells, the header "
						+ header.size() + " (a separator inside a cell must be quoted)");
			}
			Map<String, String> values = new java.util.LinkedHashMap<>();
			for (int c = 0; c < cells.size(); c++) {
				if (header.get(c) != null) {
					values.put(header.get(c), cells.get(c));
				}
			}
			rows.add(new Row(lines.get(r), values));
		}
		return rows;
	}

}
