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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * evaluate --pages (each region its own deployment of its pages) and evaluate --faq (the
 * FAQ imported, each paraphrase asked), each beside a plain BM25, with the report shapes
 * the benchmarks are read in.
 */
class WebsiteEvaluationTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private int run(String... args) {
		PrintStream print = new PrintStream(this.out, true, StandardCharsets.UTF_8);
		return EvaluationCommand.run(RathausbotApplication.class, args, print, print);
	}

	@Test
	void scoresPagesPerRegionBesideTheSiteSearch(@TempDir Path dir) throws IOException {
		Path pages = Files.writeString(dir.resolve("pages.jsonl"), String
			.join("\n", "{\"region\": \"nord\", \"pageId\": 1, \"title\": \"Deutschkurse\", \"text\": \"Deutschkurse\\n"
					+ "Die Volkshochschule bietet Deutschkurse für alle Stufen an.\\nEin Kurs kostet 2 Euro pro Stunde.\"}",
					"{\"region\": \"nord\", \"pageId\": 2, \"title\": \"Kinderbetreuung\", \"text\": \"Kinderbetreuung\\n"
							+ "Einen Kitaplatz vergibt das Jugendamt.\\nDie Anmeldung ist ab der Geburt möglich.\"}",
					"{\"region\": \"sued\", \"pageId\": 3, \"title\": \"Arztsuche\", \"text\": \"Arztsuche\\n"
							+ "Eine Hausärztin finden Sie über die Arztsuche der Kassenärztlichen Vereinigung.\"}"));
		Path questions = Files.writeString(dir.resolve("questions.jsonl"), String.join("\n",
				"{\"region\": \"nord\", \"question\": \"Was kostet ein Deutschkurs?\", \"pageId\": 1, \"answerSentences\": [2], \"answerable\": true}",
				"{\"region\": \"nord\", \"question\": \"Wer vergibt die Kitaplätze?\", \"pageId\": 2, \"answerSentences\": [1], \"answerable\": true}",
				"{\"region\": \"nord\", \"question\": \"Wie viele Kitas gibt es?\", \"pageId\": 2, \"answerSentences\": [], \"answerable\": false}",
				"{\"region\": \"sued\", \"question\": \"Wie finde ich eine Hausärztin?\", \"pageId\": 3, \"answerSentences\": [1], \"answerable\": true}"));
		Path report = dir.resolve("report.json");

		int exit = run("evaluate", "--pages", pages.toString(), "--questions", questions.toString(), "--report",
				report.toString());

		assertThat(exit).isZero();
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("nord: {", "nord site search: {", "sued: {");
		JsonNode json = JsonMapper.builder().build().readTree(Files.readString(report));
		assertThat(json.path("regions").path("nord").path("answerable").asInt()).isEqualTo(2);
		assertThat(json.path("regions").path("nord").path("unanswerable").asInt()).isEqualTo(1);
		assertThat(json.path("regions").path("nord").path("top3").asDouble()).isEqualTo(1.0);
		assertThat(json.path("baseline").path("sued").path("top1").asDouble()).isEqualTo(1.0);
		assertThat(json.path("regions").path("nord").has("lineF1")).isTrue();
		assertThat(json.path("regions").path("nord").has("unanswerableDeclined")).isTrue();
	}

	@Test
	void scoresFaqParaphrasesBesideTheSiteSearch(@TempDir Path dir) throws IOException {
		Path faq = Files.writeString(dir.resolve("faq.tsv"), "faq_id\tquestion\tanswer\tsource\tlink\n"
				+ "0\tWie wird das Virus übertragen?\tVor allem über Tröpfchen beim Sprechen und Husten.\tRKI\thttps://www.rki.de\n"
				+ "1\tWer bekommt Kurzarbeitergeld?\tBeschäftigte, deren Arbeitszeit gekürzt wird.\tBA\thttps://www.arbeitsagentur.de\n");
		Path paraphrases = Files.writeString(dir.resolve("paraphrases.tsv"),
				"user_question\tgold_faq_id\tgold_faq_question\nWie steckt man sich an?\t0\tx\n"
						+ "Bekomme ich Geld, wenn meine Arbeitszeit gekürzt wird?\t1\tx\n");
		Path report = dir.resolve("report.json");

		int exit = run("evaluate", "--faq", faq.toString(), "--tests", paraphrases.toString(), "--report",
				report.toString());

		assertThat(exit).isZero();
		JsonNode json = JsonMapper.builder().build().readTree(Files.readString(report));
		assertThat(keys(json)).containsExactly("top1", "top3", "baseline");
		assertThat(keys(json.path("baseline"))).containsExactly("top1", "top3");
		assertThat(json.path("top3").asDouble()).isEqualTo(1.0);
	}

	private static java.util.List<String> keys(JsonNode node) {
		return node.properties().stream().map(java.util.Map.Entry::getKey).toList();
	}

	@Test
	void explainsAMissingFile(@TempDir Path dir) {
		assertThat(run("evaluate", "--pages", dir.resolve("fehlt.jsonl").toString(), "--questions", "x")).isEqualTo(2);
		assertThat(this.out.toString(StandardCharsets.UTF_8)).contains("cannot read");
	}

}
