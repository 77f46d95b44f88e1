package de.rathausbot.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.rathausbot.content.ContentException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service catalogue from another system: services as JSON Lines (one JSON object per
 * line) and, optionally, the offices that provide them as a tab-separated table. Fields
 * of a service: {@code id}, {@code name} (required), {@code description},
 * {@code keywords} (search words written by staff), {@code fees} (text),
 * {@code duration_min}, {@code leika}, {@code locations} (office names). Fields of an
 * office (header row): {@code displayName} or {@code name}, {@code organizationUnit},
 * {@code street}, {@code house_number}, {@code postal_code}, {@code city}, {@code phone},
 * {@code fax}, {@code email}. Other fields are ignored.
 *
 * @param keywords the staff keywords of each service id, also when they were withheld
 * from the services' synonyms
 */
public record ServiceCatalogue(List<Service> services, List<Contact> contacts, Map<String, List<String>> keywords) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A summary longer than this is cut after a sentence; the rest goes to details. */
	private static final int SUMMARY_LENGTH = 300;

	/**
	 * @param locations the offices table, or null
	 * @param withKeywords false to leave the staff keywords out of the services' synonyms
	 * (to measure how well the bot finds a service without them)
	 */
	public static ServiceCatalogue read(Path services, Path locations, boolean withKeywords) {
		List<Contact> contacts = locations == null ? List.of() : offices(locations);
		Map<String, String> contactIds = new LinkedHashMap<>();
		contacts.forEach(c -> contactIds.put(c.name().toLowerCase(Locale.ROOT), c.id()));
		List<Service> read = new ArrayList<>();
		Map<String, List<String>> keywords = new LinkedHashMap<>();
		Set<String> ids = new HashSet<>();
		List<String> lines = lines(services);
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty()) {
				continue;
			}
			JsonNode node;
			try {
				node = JSON.readTree(line);
			}
			catch (JacksonException ex) {
				throw new ContentException(services.toString(), i + 1, "not a JSON object: " + ex.getOriginalMessage());
			}
			int lineNumber = i + 1;
			String name = text(node, "name")
				.orElseThrow(() -> new ContentException(services.toString(), lineNumber, "service without a 'name'"));
			String id = unique(slug(name), text(node, "id").orElse(String.valueOf(i + 1)), ids);
			List<String> staffWords = texts(node, "keywords");
			keywords.put(id, staffWords);
			String description = text(node, "description").orElse(name);
			String summary = summary(description);
			Optional<String> details = Optional.of(description.substring(summary.length()).strip())
				.filter(d -> !d.isEmpty());
			Optional<String> contact = texts(node, "locations").stream()
				.map(l -> contactIds.get(l.toLowerCase(Locale.ROOT)))
				.filter(c -> c != null)
				.findFirst();
			Optional<String> duration = Optional.ofNullable(node.get("duration_min"))
				.filter(JsonNode::isNumber)
				.map(d -> "Der Termin dauert etwa " + d.asInt() + " Minuten.");
			read.add(new Service(id, name, withKeywords ? staffWords : List.of(), summary, List.of(),
					text(node, "fees"), List.of(), List.of(), duration, Optional.empty(), Optional.empty(),
					Optional.empty(), contact, text(node, "leika"), details));
		}
		return new ServiceCatalogue(List.copyOf(read), contacts, keywords);
	}

	private static List<Contact> offices(Path file) {
		List<String> lines = lines(file);
		if (lines.isEmpty()) {
			return List.of();
		}
		List<String> header = List.of(lines.get(0).split("\t", -1));
		List<Contact> contacts = new ArrayList<>();
		Set<String> ids = new HashSet<>();
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			String[] cells = lines.get(i).split("\t", -1);
			Map<String, String> row = new LinkedHashMap<>();
			for (int c = 0; c < header.size() && c < cells.length; c++) {
				if (!cells[c].isBlank()) {
					row.put(header.get(c), cells[c].strip());
				}
			}
			String name = Optional.ofNullable(row.get("displayName"))
				.or(() -> Optional.ofNullable(row.get("name")))
				.orElseThrow(() -> new ContentException(file.toString(), 0, "an office without a name"));
			Optional<Address> address = Optional.ofNullable(row.get("street"))
				.filter(s -> row.containsKey("postal_code") && row.containsKey("city"))
				.map(s -> new Address(s + Optional.ofNullable(row.get("house_number")).map(n -> " " + n).orElse(""),
						row.get("postal_code"), row.get("city")));
			contacts.add(new Contact(unique(slug(name), row.getOrDefault("id", String.valueOf(i)), ids), name,
					List.of(), Optional.empty(), Optional.ofNullable(row.get("organizationUnit")), Optional.empty(),
					address, Optional.ofNullable(row.get("phone")), Optional.ofNullable(row.get("fax")),
					Optional.ofNullable(row.get("email")), Optional.empty(), Optional.empty()));
		}
		return contacts;
	}

	/** The first paragraph, cut after a sentence when it is long. */
	static String summary(String description) {
		String first = description.strip().split("\n", 2)[0].strip();
		if (first.length() <= SUMMARY_LENGTH) {
			return first;
		}
		int cut = first.lastIndexOf(". ", SUMMARY_LENGTH);
		return cut > 0 ? first.substring(0, cut + 1) : first;
	}

	/** "Gewerbe-Anmeldung" → "gewerbe-anmeldung", "Bürgerbüro" → "buergerbuero". */
	static String slug(String name) {
		String folded = name.toLowerCase(Locale.GERMAN)
			.replace("ä", "ae")
			.replace("ö", "oe")
			.replace("ü", "ue")
			.replace("ß", "ss");
		folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug;
	}

	private static String unique(String slug, String fallback, Set<String> taken) {
		String id = slug.isEmpty() ? slug(fallback) : slug;
		if (!taken.add(id)) {
			id = id + "-" + slug(fallback);
			taken.add(id);
		}
		return id;
	}

	private static Optional<String> text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return Optional.empty();
		}
		String text = value.isString() ? value.asString() : value.toString();
		return Optional.of(text.strip()).filter(t -> !t.isEmpty());
	}

	private static List<String> texts(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isArray()) {
			return text(node, field).map(List::of).orElse(List.of());
		}
		List<String> texts = new ArrayList<>();
		value.forEach(v -> {
			if (v.isString() && !v.asString().isBlank()) {
				texts.add(v.asString().strip());
			}
		});
		return texts;
	}

	private static List<String> lines(Path file) {
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ContentException(file.toString(), 0, "cannot read: " + ex.getMessage(), ex);
		}
	}

}
