package de.rathausbot.knowledge;

import java.io.IOException;
import java.io.InputStream;
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
 * {@code java -jar rathausbot.jar import-catalogue --services FILE.jsonl [--locations
 * FILE.tsv] --to DIR [--intents DIR] [--name NAME]}: turns a service catalogue (see
 * {@link ServiceCatalogue}) into knowledge files {@code services-NAME.yml} and
 * {@code contacts-NAME.yml} that staff can review, commit and load like their own. The
 * staff keywords become synonyms. With {@code --intents}, it also writes the intents a
 * city starts with (greetings, "Was kannst du?", questions to decline) into that folder.
 * Never overwrites a file; exits 2 on bad arguments or input.
 */
public final class CatalogueImportCommand {

	public static final String NAME = "import-catalogue";

	static final String USAGE = "usage: java -jar rathausbot.jar import-catalogue --services FILE.jsonl "
			+ "[--locations FILE.tsv] --to DIR [--intents DIR] [--name NAME]";

	private static final List<String> OPTIONS = List.of("--services", "--locations", "--to", "--name", "--intents");

	/** The intents every city starts with, shipped in the jar. */
	private static final List<String> STARTER_INTENTS = List.of("allgemein.yml", "out-of-scope.yml");

	private CatalogueImportCommand() {
	}

	public static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		Optional<Map<String, String>> given = CommandOptions.orUsage(args, OPTIONS, List.of("--services", "--to"), NAME,
				USAGE, err);
		if (given.isEmpty()) {
			return 2;
		}
		Map<String, String> options = given.get();
		String name = options.getOrDefault("--name", "catalogue");
		if (!name.matches("[a-z0-9-]+")) {
			err.println(NAME + ": --name must be lower-case letters, digits and hyphens");
			return 2;
		}
		Path to = Path.of(options.get("--to"));
		Path servicesFile = to.resolve("services-" + name + ".yml");
		Path contactsFile = to.resolve("contacts-" + name + ".yml");
		for (Path target : List.of(servicesFile, contactsFile)) {
			if (Files.exists(target)) {
				err.println(NAME + ": " + target + " exists; choose another --name (nothing is overwritten)");
				return 2;
			}
		}
		return CommandOptions.writing(NAME, to, err, () -> {
			ServiceCatalogue catalogue = ServiceCatalogue.read(Path.of(options.get("--services")),
					Optional.ofNullable(options.get("--locations")).map(Path::of).orElse(null), true);
			Files.createDirectories(to);
			String source = Path.of(options.get("--services")).getFileName().toString();
			Files.writeString(servicesFile, header(source) + YamlText.dump(Map.of("services", services(catalogue))),
					StandardCharsets.UTF_8);
			if (!catalogue.contacts().isEmpty()) {
				Files.writeString(contactsFile, header(source) + YamlText.dump(Map.of("contacts", contacts(catalogue))),
						StandardCharsets.UTF_8);
			}
			if (options.containsKey("--intents")) {
				writeStarterIntents(Path.of(options.get("--intents")), out);
			}
			long withoutOffice = catalogue.services().stream().filter(s -> s.contactId().isEmpty()).count();
			out.println(NAME + ": wrote " + catalogue.services().size() + " services to " + servicesFile
					+ (catalogue.contacts().isEmpty() ? ""
							: " and " + catalogue.contacts().size() + " offices to " + contactsFile));
			if (withoutOffice > 0) {
				out.println(NAME + ": " + withoutOffice + " services name no known office (no 'contact:')");
			}
			return 0;
		});
	}

	/** Copies the starter intents into a folder, keeping files that are there. */
	private static void writeStarterIntents(Path folder, PrintStream out) throws IOException {
		Files.createDirectories(folder);
		for (String name : STARTER_INTENTS) {
			Path target = folder.resolve(name);
			if (Files.exists(target)) {
				out.println(NAME + ": " + target + " exists; kept as it is");
				continue;
			}
			try (InputStream in = CatalogueImportCommand.class.getResourceAsStream("/starter/intents/" + name)) {
				if (in == null) {
					throw new IOException("the starter intents are missing from the application (" + name + ")");
				}
				Files.copy(in, target);
			}
			out.println(NAME + ": wrote " + target);
		}
	}

	private static String header(String source) {
		return "# Imported from " + source + " by import-catalogue. Review before publishing:\n"
				+ "# fees are the catalogue's text (feeNote); opening hours are not part of the catalogue.\n";
	}

	private static List<Map<String, Object>> services(ServiceCatalogue catalogue) {
		List<Map<String, Object>> services = new ArrayList<>();
		for (Service s : catalogue.services()) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("id", s.id());
			map.put("name", s.name());
			if (!s.synonyms().isEmpty()) {
				map.put("synonyms", s.synonyms());
			}
			map.put("summary", s.summary());
			s.details().ifPresent(d -> map.put("details", d));
			s.feeNote().ifPresent(f -> map.put("feeNote", f));
			s.processingTime().ifPresent(p -> map.put("processingTime", p));
			s.contactId().ifPresent(c -> map.put("contact", c));
			s.leikaKey().ifPresent(l -> map.put("leika", l));
			services.add(map);
		}
		return services;
	}

	private static List<Map<String, Object>> contacts(ServiceCatalogue catalogue) {
		List<Map<String, Object>> contacts = new ArrayList<>();
		for (Contact c : catalogue.contacts()) {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("id", c.id());
			map.put("name", c.name());
			c.organisation().ifPresent(o -> map.put("organisation", o));
			c.address().ifPresent(a -> {
				Map<String, Object> address = new LinkedHashMap<>();
				address.put("street", a.street());
				address.put("postalCode", a.postalCode());
				address.put("city", a.city());
				map.put("address", address);
			});
			c.phone().ifPresent(p -> map.put("phone", p));
			c.fax().ifPresent(f -> map.put("fax", f));
			c.email().ifPresent(e -> map.put("email", e));
			contacts.add(map);
		}
		return contacts;
	}

}
