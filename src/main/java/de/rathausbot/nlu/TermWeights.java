package de.rathausbot.nlu;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Inverse document frequencies of terms over labels: a term's weight falls with the
 * number of labels whose examples use it, not with how often one label repeats it
 * ("rathaus" in every Rathaus example). A term never seen gets the highest weight: an
 * unknown word in a question ("Hallenbad", "Tesla") is a strong hint that the question is
 * about something the bot does not know.
 */
final class TermWeights {

	private final Map<String, Double> idf = new HashMap<>();

	private final double unknown;

	TermWeights(Collection<LabelledText> examples) {
		Map<String, Set<String>> termsByLabel = new HashMap<>();
		for (LabelledText example : examples) {
			termsByLabel.computeIfAbsent(example.label(), k -> new HashSet<>()).addAll(example.text().terms());
		}
		Map<String, Integer> documentFrequency = new HashMap<>();
		termsByLabel.values().forEach(terms -> terms.forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
		int n = Math.max(1, termsByLabel.size());
		documentFrequency.forEach((term, df) -> this.idf.put(term, Math.log(1.0 + (n - df + 0.5) / (df + 0.5))));
		this.unknown = Math.log(1.0 + (n + 0.5) / 0.5);
	}

	double of(String term) {
		return this.idf.getOrDefault(term, this.unknown);
	}

}
