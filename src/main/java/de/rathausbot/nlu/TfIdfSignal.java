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

	private final NearestExamples examples = new NearestExamples();

	/**
	 * @param weights term weights (IDF over labels, so a word common to one topic's
	 * examples keeps its weight)
	 */
	TfIdfSignal(List<LabelledText> training, TermWeights weights) {
		this.weights = weights;
		training.forEach(e -> this.examples.add(e.label(), vector(e.text().terms())));
	}

	@Override
	public String name() {
		return "tfidf";
	}

	@Override
	public Map<String, Double> score(AnalyzedText question) {
		return this.examples.closestByLabel(vector(question.terms()));
	}

	private Map<String, Double> vector(List<String> terms) {
		Map<String, Double> vector = new HashMap<>();
		terms.forEach(t -> vector.merge(t, this.weights.of(t), (a, b) -> a));
		return vector;
	}

}
