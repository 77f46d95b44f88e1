package de.rathausbot.nlu;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How much of a question some texts (the passages or lines of a page) answer: the share
 * of the question's content words, weighted by importance and by how rare they are among
 * those texts, that a text contains through any of their alternatives (lemma, compound
 * part, everyday or thesaurus word). 1 means every word of the question is there; a text
 * that shares only the common words of a page scores low.
 */
final class Relevance {

	/**
	 * Analysed texts remembered per model: a page's lines are read once, not per
	 * question.
	 */
	private static final int REMEMBERED = 50_000;

	private final TextAnalyzer analyzer;

	private final Map<String, Set<String>> termsOfText = new ConcurrentHashMap<>();

	Relevance(TextAnalyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** The share of the question each text answers, in the order of the texts. */
	List<Double> of(String question, List<String> texts) {
		List<Concept> concepts = this.analyzer.analyze(question).concepts();
		List<Set<String>> terms = texts.stream().map(this::terms).toList();
		int n = texts.size();
		double[][] matches = new double[concepts.size()][n];
		double[] weights = new double[concepts.size()];
		double total = 0;
		for (int c = 0; c < concepts.size(); c++) {
			Concept concept = concepts.get(c);
			int found = 0;
			for (int t = 0; t < n; t++) {
				matches[c][t] = match(concept, terms.get(t));
				if (matches[c][t] > 0) {
					found++;
				}
			}
			// a word in every text says nothing about which one answers; a word in none
			// still counts, so a text that leaves it out answers less of the question
			weights[c] = concept.importance() * Math.log(1 + (n + 1.0) / (found + 0.5));
			total += weights[c];
		}
		List<Double> shares = new ArrayList<>(n);
		for (int t = 0; t < n; t++) {
			double matched = 0;
			for (int c = 0; c < concepts.size(); c++) {
				matched += weights[c] * matches[c][t];
			}
			shares.add(total == 0 ? 0 : matched / total);
		}
		return shares;
	}

	/** The best alternative of a concept the text has, or all of its parts together. */
	private static double match(Concept concept, Set<String> terms) {
		double best = 0;
		for (Map.Entry<String, Double> alternative : concept.alternatives().entrySet()) {
			if (terms.contains(alternative.getKey())) {
				best = Math.max(best, alternative.getValue());
			}
		}
		if (best < 1 && !concept.parts().isEmpty()) {
			double weakest = 1;
			for (Map<String, Double> part : concept.parts()) {
				double partBest = 0;
				for (Map.Entry<String, Double> alternative : part.entrySet()) {
					if (terms.contains(alternative.getKey())) {
						partBest = Math.max(partBest, alternative.getValue());
					}
				}
				weakest = Math.min(weakest, partBest);
			}
			best = Math.max(best, weakest * concept.partsWeight());
		}
		return best;
	}

	private Set<String> terms(String text) {
		Set<String> known = this.termsOfText.get(text);
		if (known != null) {
			return known;
		}
		AnalyzedText analyzed = this.analyzer.analyze(text, this.analyzer.read(text));
		Set<String> terms = new HashSet<>(analyzed.terms());
		terms.addAll(analyzed.indexTerms().keySet());
		if (this.termsOfText.size() >= REMEMBERED) {
			this.termsOfText.clear();
		}
		this.termsOfText.put(text, Set.copyOf(terms));
		return terms;
	}

}
