package de.rathausbot.nlu;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cosine similarity of character trigrams between the folded question and the closest
 * example: robust to typos, missing spaces and word forms the stemmer does not join.
 */
final class CharNgramSignal implements Signal {

	private static final int N = 3;

	private final List<Profile> examples;

	CharNgramSignal(List<LabelledText> training) {
		this.examples = training.stream().map(e -> new Profile(e.label(), ngrams(e.text().folded()))).toList();
	}

	@Override
	public String name() {
		return "ngram";
	}

	@Override
	public Map<String, Double> score(AnalyzedText question) {
		Map<String, Integer> q = ngrams(question.folded());
		double qNorm = length(q);
		Map<String, Double> scores = new HashMap<>();
		if (qNorm == 0) {
			return scores;
		}
		for (Profile example : this.examples) {
			long dot = 0;
			for (Map.Entry<String, Integer> entry : q.entrySet()) {
				Integer other = example.grams().get(entry.getKey());
				if (other != null) {
					dot += (long) entry.getValue() * other;
				}
			}
			if (dot > 0) {
				scores.merge(example.label(), dot / (qNorm * example.length()), Math::max);
			}
		}
		return scores;
	}

	static Map<String, Integer> ngrams(String folded) {
		Map<String, Integer> grams = new HashMap<>();
		for (String word : folded.split(" ")) {
			if (word.isEmpty() || StopWords.contains(word)) {
				continue;
			}
			String padded = " " + word + " ";
			for (int i = 0; i + N <= padded.length(); i++) {
				grams.merge(padded.substring(i, i + N), 1, Integer::sum);
			}
		}
		return grams;
	}

	private static double length(Map<String, Integer> grams) {
		double sum = 0;
		for (int v : grams.values()) {
			sum += (double) v * v;
		}
		return Math.sqrt(sum);
	}

	private record Profile(String label, Map<String, Integer> grams, double length) {

		Profile(String label, Map<String, Integer> grams) {
			this(label, grams, CharNgramSignal.length(grams));
		}

	}

}
