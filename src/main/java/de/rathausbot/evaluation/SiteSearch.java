package de.rathausbot.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.rathausbot.nlu.GermanFolding;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * The peer Rathausbot is measured against: a plain BM25 over one text per document, with
 * German Snowball stems and nothing else (no synonyms, no compounds, no typo correction),
 * as a city website's search box works. Not part of the product's matching.
 */
final class SiteSearch {

	private static final double K1 = 1.2;

	private static final double B = 0.75;

	/** The few words every question has; a site search drops them too. */
	private static final java.util.Set<String> STOP = java.util.Set.of("der", "die", "das", "den", "dem", "des", "ein",
			"eine", "einen", "einem", "einer", "und", "oder", "ich", "du", "sie", "es", "wir", "mein", "meine",
			"meinen", "ist", "sind", "bin", "hat", "habe", "haben", "kann", "muss", "will", "moechte", "wie", "was",
			"wo", "wann", "wer", "im", "in", "am", "an", "auf", "aus", "bei", "mit", "von", "fuer", "zu", "zum", "zur",
			"nicht", "auch", "mir", "mich", "man", "bitte", "ueber", "um", "als", "da", "dass", "wenn", "werden",
			"wurde", "wird", "the", "a", "is", "i", "my", "to", "for", "of", "how", "do", "can", "what");

	private final List<String> ids = new ArrayList<>();

	private final List<Map<String, Integer>> frequencies = new ArrayList<>();

	private final List<Integer> lengths = new ArrayList<>();

	private final Map<String, Integer> documentFrequency = new HashMap<>();

	private final SnowballStemmer stemmer = new SnowballStemmer(SnowballStemmer.ALGORITHM.GERMAN);

	private double averageLength;

	/** Adds a document: its id and everything the search indexes of it, as one text. */
	SiteSearch add(String id, String text) {
		Map<String, Integer> tf = new HashMap<>();
		List<String> terms = terms(text);
		terms.forEach(t -> tf.merge(t, 1, Integer::sum));
		tf.keySet().forEach(t -> this.documentFrequency.merge(t, 1, Integer::sum));
		this.ids.add(id);
		this.frequencies.add(tf);
		this.lengths.add(terms.size());
		this.averageLength = this.lengths.stream().mapToInt(Integer::intValue).average().orElse(1);
		return this;
	}

	/** The ids of the best documents for a query, best first. */
	List<String> search(String query, int limit) {
		List<String> terms = terms(query).stream().distinct().toList();
		int n = this.ids.size();
		List<Map.Entry<String, Double>> scored = new ArrayList<>();
		for (int d = 0; d < n; d++) {
			double score = 0;
			double norm = K1 * (1 - B + B * this.lengths.get(d) / this.averageLength);
			for (String term : terms) {
				Integer tf = this.frequencies.get(d).get(term);
				if (tf != null) {
					int df = this.documentFrequency.get(term);
					score += Math.log(1 + (n - df + 0.5) / (df + 0.5)) * tf * (K1 + 1) / (tf + norm);
				}
			}
			if (score > 0) {
				scored.add(Map.entry(this.ids.get(d), score));
			}
		}
		scored.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
		return scored.stream().limit(limit).map(Map.Entry::getKey).toList();
	}

	private List<String> terms(String text) {
		List<String> terms = new ArrayList<>();
		for (String word : GermanFolding.words(text)) {
			if (!STOP.contains(word)) {
				terms.add(this.stemmer.stem(word).toString());
			}
		}
		return terms;
	}

}
