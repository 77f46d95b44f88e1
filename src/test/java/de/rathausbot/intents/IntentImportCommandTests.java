package de.rathausbot.intents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.rathausbot.content.ContentFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Importing Rasa data writes an intents file the bot loads, and never invents answers.
 */
class IntentImportCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return IntentImportCommand.run(args, new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	private static String examples(String... texts) {
		StringBuilder block = new StringBuilder();
		for (String text : texts) {
			block.append("    - ").append(text).append('\n');
		}
		return block.toString();
	}

	@Test
	void writesIntentsWithTheAnswersOfTheRasaDomain(@TempDir Path dir) throws IOException {
		Path nlu = dir.resolve("nlu.yml");
		Files.writeString(nlu,
				"nlu:\n- intent: hund_anmelden\n  examples: |\n"
						+ examples("Hund anmelden", "Wie melde ich meinen Hund an?", "Hundesteuer anmelden",
								"Neuer Hund", "Hund ummelden", "Hundemarke beantragen", "Wo melde ich den Hund an?",
								"Anmeldung Hund \"Bello\"")
						+ "- intent: out_of_scope\n  examples: |\n" + examples("Wie wird das Wetter?"));
		Path domain = dir.resolve("domain.yml");
		Files.writeString(domain,
				"responses:\n  utter_hund_anmelden:\n    - text: \"Hunde melden Sie im Bürgerbüro an.\"\n");
		Path to = dir.resolve("imported.yml");

		int exit = run("import", "--from", nlu.toString(), "--domain", domain.toString(), "--to", to.toString());

		assertThat(exit).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("wrote 1 intents, 1 out-of-scope examples");
		IntentContent content = new IntentFileReader(8, ref -> false)
			.read(List.of(new ContentFiles.ContentFile(to.toString(), Files.readString(to))));
		assertThat(content.intents()).singleElement().satisfies(intent -> {
			assertThat(intent.id()).isEqualTo("hund-anmelden");
			assertThat(intent.answer()).isEqualTo("Hunde melden Sie im Bürgerbüro an.");
			assertThat(intent.examples()).contains("Anmeldung Hund \"Bello\"");
		});
		assertThat(content.outOfScope()).containsExactly("Wie wird das Wetter?");
	}

	@Test
	void leavesUnansweredIntentsForStaffAndTheBotRefusesThemUntilAnswered(@TempDir Path dir) throws IOException {
		Path tsv = dir.resolve("export.tsv");
		Files.writeString(tsv, "Hallo\tbegruessung\nGuten Tag\tbegruessung\n");
		Path to = dir.resolve("imported.yml");

		assertThat(run("import", "--from", tsv.toString(), "--to", to.toString())).isZero();

		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("1 intents have no answer yet: begruessung",
				"fewer than 8 examples: begruessung");
		assertThatThrownBy(() -> new IntentFileReader(2, ref -> false)
			.read(List.of(new ContentFiles.ContentFile(to.toString(), Files.readString(to)))))
			.hasMessageContaining("needs an 'answer'");
	}

	@Test
	void neverOverwritesAFile(@TempDir Path dir) throws IOException {
		Path tsv = dir.resolve("export.tsv");
		Files.writeString(tsv, "Hallo\tgreet\n");
		Path to = dir.resolve("existing.yml");
		Files.writeString(to, "intents: []\n");

		assertThat(run("import", "--from", tsv.toString(), "--to", to.toString())).isEqualTo(2);
		assertThat(Files.readString(to)).isEqualTo("intents: []\n");
	}

}
