package de.rathausbot.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import de.rathausbot.nlu.SignalScores;

/**
 * Validates the signal weights on texts the model did not see: coordinate search, one
 * signal at a time over a few values, keeping a change only when the decision utility of
 * {@link DecisionAdvisor} (at its best threshold) improves.
 */
final class WeightAdvisor {

	private static final double[] VALUES = { 0, 0.05, 0.1, 0.15, 0.25, 0.35, 0.5, 0.75 };

	private static final int ROUNDS = 3;

	/** Labels kept per text: enough that a re-weighting cannot promote a dropped one. */
	private static final int KEPT_LABELS = 20;

	private WeightAdvisor() {
	}

	/** A held-out text's expected label and its signal scores. */
	record Scored(String expected, SignalScores scores) {
	}

	record Advice(Map<String, Double> weights, double utility, double startUtility) {
	}

	static Advice advise(List<Scored> data, Map<String, Double> start, UnaryOperator<String> target) {
		List<Scored> kept = data.stream()
			.map(s -> new Scored(s.expected(), s.scores().best(start, KEPT_LABELS)))
			.toList();
		Map<String, Double> best = new LinkedHashMap<>(start);
		double startUtility = utility(kept, best, target);
		double bestUtility = startUtility;
		for (int round = 0; round < ROUNDS; round++) {
			boolean improved = false;
			for (String signal : start.keySet()) {
				for (double value : VALUES) {
					Map<String, Double> candidate = new LinkedHashMap<>(best);
					candidate.put(signal, value);
					if (candidate.values().stream().allMatch(v -> v == 0)) {
						continue;
					}
					double utility = utility(kept, candidate, target);
					if (utility > bestUtility + 1e-4) {
						bestUtility = utility;
						best = candidate;
						improved = true;
					}
				}
			}
			if (!improved) {
				break;
			}
		}
		return new Advice(best, LabelMetrics.round(bestUtility), LabelMetrics.round(startUtility));
	}

	static double utility(List<Scored> data, Map<String, Double> weights, UnaryOperator<String> target) {
		List<Prediction> predictions = new ArrayList<>(data.size());
		for (Scored scored : data) {
			Map<String, Double> byTarget = new LinkedHashMap<>();
			scored.scores()
				.combined(weights)
				.forEach((label, raw) -> byTarget.merge(target.apply(label), raw, Math::max));
			String best = null;
			double first = 0;
			double second = 0;
			String secondLabel = null;
			for (Map.Entry<String, Double> entry : byTarget.entrySet()) {
				if (best == null || entry.getValue() > first) {
					secondLabel = best;
					second = first;
					best = entry.getKey();
					first = entry.getValue();
				}
				else if (secondLabel == null || entry.getValue() > second) {
					secondLabel = entry.getKey();
					second = entry.getValue();
				}
			}
			predictions.add(new Prediction(target.apply(scored.expected()),
					best == null ? de.rathausbot.intents.LabelledExample.OUT_OF_SCOPE : best, first, secondLabel,
					second, first - second, 0));
		}
		return DecisionAdvisor.recommend(predictions).utility();
	}

}
