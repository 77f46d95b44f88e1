package de.rathausbot.nlu;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Each signal's score for the labels the signals find, and the factor for the question's
 * unknown nouns: enough to rank the labels under any weights (for validating weights
 * without classifying again).
 *
 * @param perLabel label → signal name → score
 * @param penalty factor for the unknown nouns of the question
 * @param readers for a signal that reads only some labels (the passages of pages), those
 * labels: the other labels are scored by the other signals alone, not diluted by it
 * @param secondary labels whose scores count less (pages and FAQ entries: the curated
 * intents and services answer where both fit)
 * @param secondaryFactor the factor for those
 */
public record SignalScores(Map<String, Map<String, Double>> perLabel, double penalty, Map<String, Set<String>> readers,
		Set<String> secondary, double secondaryFactor) {

	public SignalScores(Map<String, Map<String, Double>> perLabel, double penalty) {
		this(perLabel, penalty, Map.of(), Set.of(), 1);
	}

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
			double read = total;
			for (Map.Entry<String, Double> weight : weights.entrySet()) {
				Set<String> only = this.readers.get(weight.getKey());
				if (only != null && !only.contains(label)) {
					read -= weight.getValue();
					continue;
				}
				sum += weight.getValue() * scores.getOrDefault(weight.getKey(), 0.0);
			}
			double factor = this.penalty * (this.secondary.contains(label) ? this.secondaryFactor : 1);
			combined.put(label, read <= 0 ? 0 : Math.max(0, Math.min(1, factor * sum / read)));
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
		return new SignalScores(kept, this.penalty, this.readers, this.secondary, this.secondaryFactor);
	}

}
