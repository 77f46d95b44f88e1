package de.rathausbot.nlu;

import java.util.List;
import java.util.Map;

/**
 * One content word of a question with what the content may call it instead: the word's
 * own stems (weight 1), the administration's word for it, a typo correction, thesaurus
 * synonyms (lower weights). A label matches the concept through its best alternative, or,
 * for a compound, through all of its parts together ("Hundesteuer" is not matched by a
 * label that has only "Steuer").
 *
 * @param word the folded word as written
 * @param importance how much the word says about what is asked: a noun more than a verb
 * @param alternatives stem → weight in (0, 1]
 * @param parts a compound's parts, each with its alternatives (empty for other words); a
 * label that has every part matches the concept at {@code partsWeight} times its weakest
 * part
 * @param partsWeight how much a match of all parts counts against one of the whole word
 */
record Concept(String word, double importance, Map<String, Double> alternatives, List<Map<String, Double>> parts,
		double partsWeight) {

	Concept {
		alternatives = Map.copyOf(alternatives);
		parts = parts.stream().map(Map::copyOf).toList();
	}

	Concept(String word, double importance, Map<String, Double> alternatives) {
		this(word, importance, alternatives, List.of(), 0);
	}

}
