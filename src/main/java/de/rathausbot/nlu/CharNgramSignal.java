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

	private final NearestExamples examples = new NearestExamples();

	CharNgramSignal(List<LabelledText> training) {
		training.forEach(e -> this.examples.add(e.label(), ngrams(e.text().folded())));
	}

	@Override
	public String name() {
		return "ngram";
	}

	@Override
	public Map<String, Double> score(AnalyzedText question) {
		return this.examples.closestByLabel(ngrams(question.folded()));
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

}
