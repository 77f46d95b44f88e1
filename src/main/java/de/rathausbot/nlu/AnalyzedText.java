package de.rathausbot.nlu;

import java.util.List;
import java.util.Map;

/**
 * A text after normalization.
 *
 * @param text the text as written (for the embedding model)
 * @param terms stems of the content words, after synonyms, compound splitting and typo
 * correction
 * @param folded the folded words after synonyms, for character n-grams
 * @param unknownNouns nouns the content does not know at all ("Hallenbad", "Tesla"): a
 * sign that the question is about something the content does not cover
 * @param nounTerms the terms that come from nouns: what the question is about
 * @param concepts a question's content words with their weighted alternatives (empty for
 * a training text)
 * @param indexTerms a training text's terms with compound parts, and their frequencies
 * (empty for a question)
 */
record AnalyzedText(String text, List<String> terms, String folded, int unknownNouns, List<String> nounTerms,
		List<Concept> concepts, Map<String, Double> indexTerms) {

	AnalyzedText(String text, List<String> terms, String folded, int unknownNouns, List<String> nounTerms) {
		this(text, terms, folded, unknownNouns, nounTerms, List.of(), Map.of());
	}

}
