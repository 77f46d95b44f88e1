package de.rathausbot.nlu;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Each signal's score for the labels the signals find, and the factor for the question's
 * unknown nouns: enough to rank the labels under any weights (for validating weights
 * without classifying again).
 *
 * @param perLabel label → signal name → score
 * @param penalty factor for the unknown nouns of the question
 */
public record SignalScores(Map<String, Map<String, Double>> perLabel, double penalty) {

	/**
	 * The raw ensemble score of each label under these weights (signal name → weight).
	 */
	public Map<String, Double> combined(Map<String, Double> weights) {
		double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
		Map<String, Double> combined = new HashMap<>();
		if (total <= 0) {
			return combined;
		}
		this.perLabel.forEach((label, scores) -> {
			double sum = 0;
			for (Map.Entry<String, Double> weight : weights.entrySet()) {
				sum += weight.getValue() * scores.getOrDefault(weight.getKey(), 0.0);
			}
			combined.put(label, Math.max(0, Math.min(1, this.penalty * sum / total)));
		});
		return combined;
	}

	/**
	 * These scores without the labels that are not among the best under these weights.
	 */
	public SignalScores best(Map<String, Double> weights, int count) {
		Map<String, Map<String, Double>> kept = new LinkedHashMap<>();
		combined(weights).entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed())
			.limit(count)
			.forEach(e -> kept.put(e.getKey(), this.perLabel.get(e.getKey())));
		return new SignalScores(kept, this.penalty);
	}

}
