package de.rathausbot.evaluation;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import de.rathausbot.nlu.IntentClassifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Munich service catalogue (287 services, 109 offices) imported without its staff
 * keywords; every keyword asked. Guards the figures measured for issue 4 against getting
 * worse. Needs the team's shared datasets; skips without them.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MunichCatalogueTests {

	private static final Path CATALOGUE = Path.of("../shared/datasets/munich-dldb");

	@Autowired
	IntentClassifier classifier;

	@Test
	void findsTheServicesOfAStaffKeywordWithoutHavingLearntTheKeywords() {
		assumeTrue(Files.isReadable(CATALOGUE.resolve("services_kb_de.jsonl")), "the Munich catalogue is not here ("
				+ CATALOGUE.toAbsolutePath() + "); it is part of the team's shared datasets");

		CatalogueEvaluation.Result result = new CatalogueEvaluation(this.classifier,
				new PrintStream(new ByteArrayOutputStream()))
			.run(CATALOGUE.resolve("services_kb_de.jsonl"), CATALOGUE.resolve("locations_de.tsv"), 0);

		assertThat(result.services()).isEqualTo(287);
		assertThat(result.contacts()).isEqualTo(109);
		assertThat(result.keywords()).isEqualTo(1023);
		// measured 0.253 / 0.431 / 0.530 (see README, "A real catalogue")
		assertThat(result.top1()).isGreaterThanOrEqualTo(0.23);
		assertThat(result.top3()).isGreaterThanOrEqualTo(0.40);
		assertThat(result.top3Any()).isGreaterThanOrEqualTo(0.50);
		assertThat(result.top3Ceiling()).isEqualTo(0.935, org.assertj.core.data.Offset.offset(0.001));
	}

}
