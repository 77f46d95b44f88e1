package de.rathausbot.nlu;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cosine similarity of IDF-weighted terms between the question and the closest example of
 * each label.
 */
final class TfIdfSignal implements Signal {

	private final TermWeights weights;

	private final List<WeightedExample> examples;

	/**
	 * @param weights term weights (IDF over labels, so a word common to one topic's
	 * examples keeps its weight)
	 */
	TfIdfSignal(List<LabelledText> training, TermWeights weights) {
		this.weights = weights;
		this.examples = training.stream().map(e -> new WeightedExample(e.label(), vector(e.text().terms()))).toList();
	}

	@Override
	public String name() {
		return "tfidf";
	}

	@Override
	public Map<String, Double> score(AnalyzedText question) {
		Map<String, Double> q = vector(question.terms());
		double qNorm = length(q);
		Map<String, Double> scores = new HashMap<>();
		if (qNorm == 0) {
			return scores;
		}
		for (WeightedExample example : this.examples) {
			double dot = 0;
			for (Map.Entry<String, Double> entry : q.entrySet()) {
				Double other = example.vector().get(entry.getKey());
				if (other != null) {
					dot += entry.getValue() * other;
				}
			}
			if (dot > 0) {
				double cosine = dot / (qNorm * example.norm());
				scores.merge(example.label(), cosine, Math::max);
			}
		}
		return scores;
	}

	private Map<String, Double> vector(List<String> terms) {
		Map<String, Double> vector = new HashMap<>();
		terms.forEach(t -> vector.merge(t, this.weights.of(t), (a, b) -> a));
		return vector;
	}

	private static double length(Map<String, Double> vector) {
		double sum = 0;
		for (double v : vector.values()) {
			sum += v * v;
		}
		return Math.sqrt(sum);
	}

	private record WeightedExample(String label, Map<String, Double> vector, double norm) {

		WeightedExample(String label, Map<String, Double> vector) {
			this(label, vector, length(vector));
		}

	}

}
