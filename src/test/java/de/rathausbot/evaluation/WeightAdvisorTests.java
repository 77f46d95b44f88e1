package de.rathausbot.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import de.rathausbot.intents.LabelledExample;
import de.rathausbot.nlu.SignalScores;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Validating weights turns down a signal that misleads and keeps the one that helps. */
class WeightAdvisorTests {

	private static WeightAdvisor.Scored scored(String expected, String wrong) {
		Map<String, Map<String, Double>> perLabel = new LinkedHashMap<>();
		if (!LabelledExample.OUT_OF_SCOPE.equals(expected)) {
			perLabel.put(expected, Map.of("good", 0.9, "bad", 0.1));
		}
		perLabel.put(wrong, Map.of("good", 0.1, "bad", 0.9));
		return new WeightAdvisor.Scored(expected, new SignalScores(perLabel, 1.0));
	}

	@Test
	void lowersTheWeightOfASignalThatPointsToTheWrongIntent() {
		List<WeightAdvisor.Scored> data = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			data.add(scored("pass", "hours"));
			data.add(scored("hours", "pass"));
		}
		Map<String, Double> start = new LinkedHashMap<>(Map.of("good", 0.5, "bad", 0.5));

		WeightAdvisor.Advice advice = WeightAdvisor.advise(data, start, UnaryOperator.identity());

		assertThat(advice.weights().get("bad")).isLessThan(advice.weights().get("good"));
		assertThat(advice.utility()).isGreaterThan(advice.startUtility());
	}

}
