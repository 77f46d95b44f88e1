package de.rathausbot.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import de.rathausbot.content.ContentException;
import de.rathausbot.content.ContentFiles.ContentFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A service catalogue in JSON Lines with its offices as a table: read into services and
 * contacts, and written by {@code import-catalogue} as knowledge files the bot loads.
 */
class ServiceCatalogueTests {

	private static final String SERVICES = String.join("\n",
			"{\"id\": \"1063423\", \"name\": \"Gewerbe-Anmeldung\", \"description\": \"Sie haben ein Gewerbe in München.\\n"
					+ "So funktioniert die Online-Anmeldung:\\n - Anmeldung starten\", \"keywords\": [\"Gewerbeschein\", "
					+ "\"Gewerbe anmelden\"], \"fees\": \"50 bis 60 Euro (abhängig von der Rechtsform)\", "
					+ "\"leika\": \"99050012104000\", \"duration_min\": 20, \"locations\": [\"Gewerbeamt\"]}",
			"", "{\"id\": \"7\", \"name\": \"Hundesteuer\", \"locations\": [\"Unbekannt\"]}", "");

	private static final String OFFICES = String.join("\n",
			"id\tname\tdisplayName\torganizationUnit\tstreet\thouse_number\tpostal_code\tcity\tphone\tfax\temail",
			"10546\tGewerbeamt (KVR-III/21)\tGewerbeamt\tKreisverwaltungsreferat\tImplerstraße\t11\t81371\tMünchen"
					+ "\t089 233-45141\t\tgewerbemeldung.kvr@muenchen.de",
			"");

	@TempDir
	Path dir;

	private Path write(String name, String text) throws IOException {
		return Files.writeString(this.dir.resolve(name), text, StandardCharsets.UTF_8);
	}

	@Test
	void readsServicesWithTheirOfficeFeesAndKeywords() throws IOException {
		ServiceCatalogue catalogue = ServiceCatalogue.read(write("s.jsonl", SERVICES), write("o.tsv", OFFICES), true);

		Service gewerbe = catalogue.services().get(0);
		assertThat(gewerbe.id()).isEqualTo("gewerbe-anmeldung");
		assertThat(gewerbe.summary()).isEqualTo("Sie haben ein Gewerbe in München.");
		assertThat(gewerbe.details()).get().asString().contains("Anmeldung starten");
		assertThat(gewerbe.feeNote()).contains("50 bis 60 Euro (abhängig von der Rechtsform)");
		assertThat(gewerbe.synonyms()).containsExactly("Gewerbeschein", "Gewerbe anmelden");
		assertThat(gewerbe.contactId()).contains("gewerbeamt");
		assertThat(gewerbe.leikaKey()).contains("99050012104000");
		assertThat(catalogue.services().get(1).contactId()).as("an office the table does not have").isEmpty();
		Contact office = catalogue.contacts().get(0);
		assertThat(office.address()).get().extracting(Address::oneLine).isEqualTo("Implerstraße 11, 81371 München");
		assertThat(office.fax()).isEmpty();
	}

	@Test
	void withholdsTheKeywordsFromTheSynonymsButKeepsThemForMeasuring() throws IOException {
		ServiceCatalogue catalogue = ServiceCatalogue.read(write("s.jsonl", SERVICES), null, false);

		assertThat(catalogue.services().get(0).synonyms()).isEmpty();
		assertThat(catalogue.keywords()).containsEntry("gewerbe-anmeldung",
				List.of("Gewerbeschein", "Gewerbe anmelden"));
	}

	@Test
	void namesTheLineOfABrokenService() throws IOException {
		Path broken = write("s.jsonl", SERVICES + "{\"name\": \"Kaputt\"\n");

		assertThatThrownBy(() -> ServiceCatalogue.read(broken, null, true)).isInstanceOf(ContentException.class)
			.hasMessageStartingWith(broken + ":4: not a JSON object");
		assertThatThrownBy(() -> ServiceCatalogue.read(write("n.jsonl", "{\"id\": \"1\"}\n"), null, true))
			.hasMessageEndingWith(":1: service without a 'name'");
	}

	@Test
	void importWritesKnowledgeFilesTheBotReadsAndNeverOverwrites() throws IOException {
		Path services = write("s.jsonl", SERVICES);
		Path offices = write("o.tsv", OFFICES);
		String[] args = { CatalogueImportCommand.NAME, "--services", services.toString(), "--locations",
				offices.toString(), "--to", this.dir.resolve("knowledge").toString(), "--name", "muenchen" };
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		assertThat(CatalogueImportCommand.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)))
			.isZero();

		KnowledgeFileReader reader = new KnowledgeFileReader();
		List<Contact> contacts = reader.contacts(List.of(file("knowledge/contacts-muenchen.yml")));
		List<Service> read = reader.services(List.of(file("knowledge/services-muenchen.yml")),
				contacts.stream().map(Contact::id).collect(Collectors.toSet()));
		assertThat(read).extracting(Service::name).containsExactly("Gewerbe-Anmeldung", "Hundesteuer");
		assertThat(read.get(0).feeNote()).contains("50 bis 60 Euro (abhängig von der Rechtsform)");
		assertThat(read.get(0).details()).get().asString().contains(" - Anmeldung starten");
		assertThat(contacts.get(0).phone()).contains("089 233-45141");
		assertThat(CatalogueImportCommand.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)))
			.as("a second import into the same files")
			.isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("exists");
	}

	private ContentFile file(String name) throws IOException {
		return new ContentFile(name, Files.readString(this.dir.resolve(name), StandardCharsets.UTF_8));
	}

	@Test
	void writesTheIntentsACityStartsWithAndKeepsOnesThatAreThere() throws IOException {
		Path services = write("s.jsonl", SERVICES);
		Path intents = this.dir.resolve("intents");
		Files.createDirectories(intents);
		Files.writeString(intents.resolve("allgemein.yml"), "# our own\n");
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		assertThat(CatalogueImportCommand.run(
				new String[] { CatalogueImportCommand.NAME, "--services", services.toString(), "--to",
						this.dir.resolve("knowledge").toString(), "--intents", intents.toString() },
				new PrintStream(out), new PrintStream(new ByteArrayOutputStream())))
			.isZero();

		assertThat(Files.readString(intents.resolve("allgemein.yml"))).isEqualTo("# our own\n");
		assertThat(Files.readString(intents.resolve("out-of-scope.yml"))).contains("outOfScope:");
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("allgemein.yml exists; kept as it is",
				"wrote " + intents.resolve("out-of-scope.yml"));
	}

	@Test
	void rejectsMissingArguments() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();

		assertThat(CatalogueImportCommand.run(new String[] { CatalogueImportCommand.NAME, "--to", "x" },
				new PrintStream(new ByteArrayOutputStream()), new PrintStream(err)))
			.isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--services and --to are required");
	}

}
