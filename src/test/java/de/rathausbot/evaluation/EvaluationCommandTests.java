package de.rathausbot.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import de.rathausbot.RathausbotApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluate command: reads a test file, answers offline, prints the summary and the
 * failures.
 */
class EvaluationCommandTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		return EvaluationCommand.run(RathausbotApplication.class, args,
				new PrintStream(this.out, true, StandardCharsets.UTF_8),
				new PrintStream(this.err, true, StandardCharsets.UTF_8));
	}

	@Test
	void printsTheSummaryAndEachFailedCaseAndWritesTheReport(@TempDir Path dir) throws IOException {
		Path tests = dir.resolve("cases.yml");
		Files.writeString(tests, """
				cases:
				- {q: "Was kostet ein Reisepass?", expect: ['70,00']}
				- {q: "Wie wird das Wetter?", fallback: true}
				- {q: "Was kostet ein Reisepass?", expect: ['999 Euro']}
				- {q: "Ist das Rathaus gerade offen?", now: "2026-11-28T10:00:00+01:00", expect: ['geschlossen']}
				""");
		Path report = dir.resolve("report.json");

		int exit = run("evaluate", "--tests", tests.toString(), "--report", report.toString(), "--min-overall", "0.5",
				"--spring.datasource.url=jdbc:h2:mem:evaluation-test");

		String output = this.out.toString(StandardCharsets.UTF_8);
		assertThat(exit).isZero();
		assertThat(output.lines().findFirst()).get()
			.asString()
			.matches(
					"\\{\"cases\":4,\"inScope\":0\\.5,\"outOfScope\":1\\.0,\"near\":1\\.0,\"timed\":1\\.0,\"overall\":0\\.75,"
							+ "\"p50Ms\":[0-9.]+,\"p99Ms\":[0-9.]+,\"nluP50Ms\":[0-9.]+,\"nluP99Ms\":[0-9.]+}");
		assertThat(output).contains("FAILED   Was kostet ein Reisepass?", "expected all of [999 Euro]",
				"got      **Reisepass** – Gebühren");
		assertThat(Files.readString(report)).contains("\"overall\" : 0.75", "\"failures\"");
	}

	@Test
	void countsWhatBecameOfTheAnswersTheLanguageModelWasAskedFor(@TempDir Path dir) throws IOException {
		Path tests = dir.resolve("cases.yml");
		Files.writeString(tests, """
				cases:
				- {q: "Was muss ich nach dem Einzug mitbringen?", expect: ['Wohnungsgeberbestätigung']}
				- {q: "Was bietet digitales Ludwigsburg?", expect: ['Smart City']}
				- {q: "Was kostet ein Reisepass?", expect: ['70,00']}
				""");
		try (var model = new de.rathausbot.generation.StubLanguageModel()) {
			// grounded for the first page, a fee it never says for the second
			model.answer(prompt -> prompt.contains("Smart City") ? "Das kostet 99 Euro [1]."
					: "Bringen Sie die Wohnungsgeberbestätigung mit [1].");

			int exit = run("evaluate", "--tests", tests.toString(),
					"--spring.datasource.url=jdbc:h2:mem:evaluation-llm", "--rathausbot.llm.base-url=" + model.url(),
					"--rathausbot.llm.model=stub");

			assertThat(exit).isZero();
			assertThat(this.out.toString(StandardCharsets.UTF_8).lines().findFirst()).get()
				.asString()
				.contains("\"overall\":1.0", "\"languageModel\":{\"generated\":1,\"rejected\":1}");
		}
	}

	@Test
	void failsWhenTheMinimumIsNotReached(@TempDir Path dir) throws IOException {
		Path tests = dir.resolve("cases.yml");
		Files.writeString(tests, "cases:\n- {q: \"Was kostet ein Reisepass?\", expect: ['999 Euro']}\n");

		assertThat(run("evaluate", "--tests", tests.toString(), "--min-overall", "0.9")).isEqualTo(1);
	}

	@Test
	void explainsMissingArguments() {
		assertThat(run("evaluate")).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("give --tests FILE or --cross-validate K",
				"usage:");
	}

	@Test
	void namesTheLineOfABrokenTestFile(@TempDir Path dir) throws IOException {
		Path tests = dir.resolve("cases.yml");
		Files.writeString(tests, "cases:\n- {q: \"Hallo\", expect: ['(unclosed']}\n");

		assertThat(run("evaluate", "--tests", tests.toString())).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains(tests + ":2: invalid regex '(unclosed'");
	}

	@Test
	void scoresLabelledTextsFromATsvFileWithTheIntentLevelFigures(@TempDir Path dir) throws IOException {
		Path tests = dir.resolve("tests.tsv");
		Files.writeString(tests, """
				text	intent
				Was kostet ein Reisepass?	reisepass
				Wann hat das Rathaus geöffnet?	rathaus-oeffnungszeiten
				Wie wird das Wetter morgen in Stuttgart?	oos
				Stell einen Wecker auf sieben Uhr	out_of_scope
				""");
		Path report = dir.resolve("report.json");

		int exit = run("evaluate", "--tests", tests.toString(), "--report", report.toString(), "--min-accuracy", "1.0",
				"--baseline", "bm25");

		String output = this.out.toString(StandardCharsets.UTF_8);
		assertThat(exit).as(output).isZero();
		// what a citizen gets from the whole bot, and from a site search over the
		// services
		assertThat(output.lines().findFirst()).get()
			.asString()
			.startsWith("dialogue: {\"questions\":2,\"outOfScope\":2,\"answeredRight\":1.000,")
			.contains("\"answeredWrong\":0.000", "\"oosDeclined\":1.000");
		assertThat(output.lines().skip(1).findFirst()).get()
			.asString()
			.startsWith("site search: {\"baseline\":\"bm25\",\"questions\":2,\"top1\":");
		assertThat(output.lines().filter(l -> l.startsWith("{\"cases\"")).findFirst()).get()
			.asString()
			.matches("\\{\"cases\":4,\"inScopeAccuracy\":1\\.0,\"oosRecall\":1\\.0,\"oosPrecision\":1\\.0,"
					+ "\"macroF1\":1\\.0,\"trainMs\":\\d+,\"p50Ms\":[0-9.]+,\"p99Ms\":[0-9.]+,\"threshold\":[0-9.]+}");
		assertThat(Files.readString(report)).contains("\"perIntent\"", "\"confusions\"",
				"\"intent\" : \"service:reisepass\"");
	}

	@Test
	void crossValidatesTheContentWithAReliabilityTableAndARecommendation() {
		int exit = run("evaluate", "--cross-validate", "3", "--recommend");

		String output = this.out.toString(StandardCharsets.UTF_8);
		assertThat(exit).isZero();
		assertThat(output).containsPattern("\\{\"cases\":\\d{3},\"inScopeAccuracy\":0\\.\\d+")
			.contains("reliability", "expected calibration error", "recommended: rathausbot.nlu.threshold=",
					"most frequent confusions");
	}

	@Test
	void trainsOnRasaDataInsteadOfTheContent(@TempDir Path dir) throws IOException {
		Path nlu = dir.resolve("nlu.yml");
		Files.writeString(nlu, """
				version: "3.1"
				nlu:
				- intent: muell
				  examples: |
				    - Wann wird der Müll abgeholt?
				    - Abfuhrtermine für [Biomüll](waste)
				    - Wann kommt die Müllabfuhr?
				    - Abfallkalender
				- intent: hund
				  examples: |
				    - Wie melde ich meinen Hund an?
				    - Hundesteuer bezahlen
				    - Was kostet die Hundesteuer?
				    - Hund anmelden
				""");
		Path tests = dir.resolve("tests.tsv");
		Files.writeString(tests, "Wann ist die nächste Müllabfuhr?\tmuell\nWie hoch ist die Hundesteuer?\thund\n");

		// eight examples are too few to calibrate on: the raw score decides
		int exit = run("evaluate", "--intents", nlu.toString(), "--tests", tests.toString(), "--min-accuracy", "1.0",
				"--rathausbot.nlu.threshold=0.3");

		assertThat(exit).as(this.out.toString(StandardCharsets.UTF_8)).isZero();
	}

	@Test
	void refusesDialogueCasesAgainstAnotherToolsIntents(@TempDir Path dir) throws IOException {
		Path nlu = dir.resolve("intents.tsv");
		Files.writeString(nlu, "Hallo\tgreet\n");
		Path tests = dir.resolve("cases.yml");
		Files.writeString(tests, "cases:\n- {q: \"Hallo\", expect: ['Hallo']}\n");

		assertThat(run("evaluate", "--intents", nlu.toString(), "--tests", tests.toString())).isEqualTo(2);
		assertThat(this.err.toString(StandardCharsets.UTF_8)).contains("dialogue cases need Rathausbot intents");
	}

}
