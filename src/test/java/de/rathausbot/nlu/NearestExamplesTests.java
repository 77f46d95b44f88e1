package de.rathausbot.nlu;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The inverted index gives each label the cosine of its closest example. */
class NearestExamplesTests {

	@Test
	void scoresEachLabelByItsClosestExampleAndSkipsUnrelatedOnes() {
		NearestExamples index = new NearestExamples();
		index.add("pass", Map.of("reisepass", 1.0, "kost", 1.0));
		index.add("pass", Map.of("reisepass", 1.0));
		index.add("hours", Map.of("rathaus", 1.0, "geoffnet", 1.0));
		index.add("empty", Map.of());

		Map<String, Double> scores = index.closestByLabel(Map.of("reisepass", 1.0));

		assertThat(scores).containsOnlyKeys("pass");
		assertThat(scores.get("pass")).isCloseTo(1.0, within(1e-9));
		assertThat(index.closestByLabel(Map.of("kost", 1.0, "rathaus", 1.0)).get("hours")).isCloseTo(0.5, within(1e-9));
	}

	@Test
	void findsNothingForAnEmptyQuestion() {
		NearestExamples index = new NearestExamples();
		index.add("pass", Map.of("reisepass", 2));

		assertThat(index.closestByLabel(Map.<String, Integer>of())).isEmpty();
	}

}
