package de.rathausbot.nlu;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * An inverted index from terms to documents (labels, or passages) with their
 * length-normalised frequencies, and how well each document matches a question's concept:
 * through the concept's best alternative, a related form of it, or all of a compound's
 * parts together.
 */
final class ConceptPostings {

	/** How fast repeated occurrences saturate. */
	private static final double K1 = 1.2;

	/** How much a related form counts against the stem it was found from. */
	private static final double RELATED_FORM_WEIGHT = 0.7;

	/**
	 * Shorter stems find too many unrelated words by prefix ("reich" would find
	 * "reicht").
	 */
	private static final int MIN_RELATED_STEM = 6;

	/** The longest derivational ending between related forms ("-ier", "-ig"). */
	private static final int MAX_ENDING = 3;

	/** Term → document → frequency. */
	private final Map<String, Map<Integer, Double>> postings = new HashMap<>();

	/** The index terms, sorted, for finding related forms by prefix. */
	private final NavigableSet<String> terms = new TreeSet<>();

	void add(String term, int document, double frequency) {
		this.postings.computeIfAbsent(term, t -> new HashMap<>()).merge(document, frequency, Double::sum);
	}

	/** Call when every document is added. */
	void sort() {
		this.terms.addAll(this.postings.keySet());
	}

	/**
	 * The documents matching a concept: how well (saturated frequency times the weight of
	 * the alternative) and by an alternative of which weight.
	 */
	record Matches(Map<Integer, Double> matched, Map<Integer, Double> weight) {
	}

	Matches match(Concept concept) {
		Map<Integer, Double> matched = new HashMap<>();
		Map<Integer, Double> weight = new HashMap<>();
		match(concept.alternatives(), 1, matched, weight);
		if (!concept.parts().isEmpty()) {
			matchAll(concept.parts(), concept.partsWeight(), matched, weight);
		}
		return new Matches(matched, weight);
	}

	/**
	 * Records for each document its best match among the alternatives (times a factor)
	 * and the weight of that alternative.
	 */
	private void match(Map<String, Double> alternatives, double factor, Map<Integer, Double> matched,
			Map<Integer, Double> weight) {
		for (Map.Entry<String, Double> alternative : withRelatedForms(alternatives).entrySet()) {
			Map<Integer, Double> docs = this.postings.get(alternative.getKey());
			if (docs == null) {
				continue;
			}
			double w = alternative.getValue() * factor;
			docs.forEach((label, tf) -> {
				matched.merge(label, w * saturated(tf), Math::max);
				weight.merge(label, w, Math::max);
			});
		}
	}

	/**
	 * Records the documents that match every part of a compound, by their weakest part: a
	 * document with "Steuer" but not "Hund" does not match "Hundesteuer".
	 */
	private void matchAll(List<Map<String, Double>> parts, double factor, Map<Integer, Double> matched,
			Map<Integer, Double> weight) {
		Map<Integer, Double> all = null;
		Map<Integer, Double> allWeights = null;
		for (Map<String, Double> part : parts) {
			Map<Integer, Double> partMatched = new HashMap<>();
			Map<Integer, Double> partWeight = new HashMap<>();
			match(part, factor, partMatched, partWeight);
			if (all == null) {
				all = partMatched;
				allWeights = partWeight;
			}
			else {
				all.keySet().retainAll(partMatched.keySet());
				all.replaceAll((label, value) -> Math.min(value, partMatched.get(label)));
				Map<Integer, Double> weights = allWeights;
				weights.keySet().retainAll(partWeight.keySet());
				weights.replaceAll((label, value) -> Math.min(value, partWeight.get(label)));
			}
		}
		if (all != null) {
			all.forEach((label, value) -> matched.merge(label, value, Math::max));
			allWeights.forEach((label, value) -> weight.merge(label, value, Math::max));
		}
	}

	/**
	 * The alternatives and the index terms that differ from one of their stems only by a
	 * derivational ending ("importi" from "importieren" and "import"; "beglaub" and
	 * "beglaubig"), at a lower weight.
	 */
	private Map<String, Double> withRelatedForms(Map<String, Double> alternatives) {
		if (RELATED_FORM_WEIGHT <= 0) {
			return alternatives;
		}
		Map<String, Double> all = new HashMap<>(alternatives);
		for (Map.Entry<String, Double> alternative : alternatives.entrySet()) {
			String stem = alternative.getKey();
			if (alternative.getValue() < 1 || stem.length() < MIN_RELATED_STEM) {
				continue;
			}
			double weight = alternative.getValue() * RELATED_FORM_WEIGHT;
			for (String longer : this.terms.subSet(stem, true, stem + Character.MAX_VALUE, true)) {
				if (longer.length() - stem.length() <= MAX_ENDING) {
					all.merge(longer, weight, Math::max);
				}
			}
			for (int cut = stem.length() - 1; cut >= Math.max(MIN_RELATED_STEM, stem.length() - MAX_ENDING); cut--) {
				String shorter = stem.substring(0, cut);
				if (this.terms.contains(shorter)) {
					all.merge(shorter, weight, Math::max);
				}
			}
		}
		return all;
	}

	private static double saturated(double tf) {
		return Math.min(1, tf * (1 + K1) / (tf + K1));
	}

}
