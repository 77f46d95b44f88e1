package de.rathausbot.nlu;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * BM25 over one document per label (all its examples together), normalised by the score a
 * question would get if every one of its terms were found: unknown words lower the score.
 */
final class Bm25Signal implements Signal {

	private static final double K1 = 1.2;

	private static final double B = 0.5;

	private final Map<String, Map<String, Integer>> termFrequencies = new HashMap<>();

	private final Map<String, Integer> lengths = new HashMap<>();

	private final Map<String, Double> idf = new HashMap<>();

	private final double unknownIdf;

	private final double averageLength;

	Bm25Signal(List<LabelledText> training) {
		for (LabelledText example : training) {
			Map<String, Integer> tf = this.termFrequencies.computeIfAbsent(example.label(), k -> new HashMap<>());
			example.text().terms().forEach(t -> tf.merge(t, 1, Integer::sum));
			this.lengths.merge(example.label(), example.text().terms().size(), Integer::sum);
		}
		int n = Math.max(1, this.termFrequencies.size());
		Map<String, Integer> df = new HashMap<>();
		this.termFrequencies.values().forEach(tf -> tf.keySet().forEach(t -> df.merge(t, 1, Integer::sum)));
		df.forEach((t, f) -> this.idf.put(t, Math.log(1 + (n - f + 0.5) / (f + 0.5))));
		this.unknownIdf = Math.log(1 + (n + 0.5) / 0.5);
		this.averageLength = this.lengths.values().stream().mapToInt(Integer::intValue).average().orElse(1);
	}

	@Override
	public String name() {
		return "bm25";
	}

	@Override
	public Map<String, Double> score(AnalyzedText question) {
		Set<String> terms = new LinkedHashSet<>(question.terms());
		double ideal = 0;
		for (String term : terms) {
			ideal += this.idf.getOrDefault(term, this.unknownIdf);
		}
		Map<String, Double> scores = new HashMap<>();
		if (ideal == 0) {
			return scores;
		}
		for (Map.Entry<String, Map<String, Integer>> document : this.termFrequencies.entrySet()) {
			double lengthNorm = 1 - B + B * this.lengths.get(document.getKey()) / this.averageLength;
			double score = 0;
			for (String term : terms) {
				Integer tf = document.getValue().get(term);
				if (tf != null) {
					// saturates at idf for tf >> 1, so the ideal above is an upper bound
					score += this.idf.get(term) * tf / (tf + K1 * lengthNorm);
				}
			}
			if (score > 0) {
				scores.put(document.getKey(), Math.min(1.0, score / ideal));
			}
		}
		return scores;
	}

}
