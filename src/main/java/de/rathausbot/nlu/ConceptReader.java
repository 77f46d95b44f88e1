package de.rathausbot.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Reads the content words of a text with the German lexicon: for a question, concepts
 * with weighted alternatives (what the content may call each word); for a training text,
 * the terms to index, compound parts included ("Kirchenaustritt" is also found by
 * "Kirche" and "Austritt").
 */
final class ConceptReader {

	private final GermanLexicon.Resources lexicon;

	private final EverydayWords everyday;

	private final Vocabulary vocabulary;

	private final UnaryOperator<String> stemmer;

	private final NluProperties.Lexicon weights;

	private final WordImportance importance;

	ConceptReader(GermanLexicon.Resources lexicon, EverydayWords everyday, Vocabulary vocabulary,
			UnaryOperator<String> stemmer, NluProperties.Lexicon weights) {
		this.lexicon = lexicon;
		this.everyday = everyday;
		this.vocabulary = vocabulary;
		this.stemmer = stemmer;
		this.weights = weights;
		this.importance = new WordImportance(lexicon, weights);
	}

	/**
	 * The terms of a training text's content words with their frequencies: each word's
	 * stems, and its compound parts at {@code compoundPartWeight}.
	 */
	Map<String, Double> indexTerms(List<Word> words) {
		Map<String, Double> terms = new HashMap<>();
		for (Word word : words) {
			for (String stem : stems(word)) {
				terms.merge(stem, 1.0, Double::sum);
			}
			for (String part : compoundTerms(word)) {
				terms.merge(part, this.weights.compoundPartWeight(), Double::sum);
			}
		}
		return terms;
	}

	/**
	 * For each word, the stems of the administration's words for it (from the everyday
	 * words) that the content covers; empty where there are none.
	 */
	List<List<String>> knownEveryday(List<Word> words, java.util.Set<String> covered) {
		List<List<String>> known = new ArrayList<>(words.size());
		for (Map<String, Double> expansion : phraseExpansions(words)) {
			known.add(expansion.keySet().stream().filter(covered::contains).toList());
		}
		return known;
	}

	/** The concepts of a question's content words. */
	List<Concept> concepts(List<Word> words) {
		List<Map<String, Double>> expansions = phraseExpansions(words);
		List<Concept> concepts = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			Word word = words.get(i);
			double importance = this.importance.of(word);
			Set<String> stems = stems(word);
			Map<String, Double> alternatives = new LinkedHashMap<>();
			stems.forEach(s -> alternatives.put(s, 1.0));
			boolean known = stems.stream().anyMatch(this.vocabulary::knowsStem);
			List<Map<String, Double>> parts = List.of();
			double partsWeight = 1;
			if (known) {
				// a known compound is also found by its parts together ("Geburtsurkunde"
				// in
				// "Urkundenbestellung")
				parts = partAlternatives(
						this.lexicon.compounds() == null ? List.of() : this.lexicon.compounds().parts(word.written()));
				partsWeight = this.weights.compoundPartWeight();
			}
			else {
				parts = partAlternatives(parts(word));
				if (parts.isEmpty()) {
					Optional<String> corrected = this.vocabulary.correct(word.surface());
					corrected.ifPresent(c -> alternatives.put(this.stemmer.apply(c), this.weights.correctionWeight()));
				}
			}
			expansions.get(i).forEach((stem, weight) -> alternatives.merge(stem, weight, Math::max));
			addSynonyms(word, alternatives);
			concepts.add(new Concept(word.surface(), importance, alternatives, parts, partsWeight));
		}
		return concepts;
	}

	/**
	 * Each part of a compound with its alternatives: its stem, and the administration's
	 * words for it.
	 */
	private List<Map<String, Double>> partAlternatives(List<String> parts) {
		List<Map<String, Double>> alternatives = new ArrayList<>(parts.size());
		for (String part : parts) {
			Map<String, Double> forms = new LinkedHashMap<>();
			String stem = this.stemmer.apply(part);
			forms.put(stem, 1.0);
			this.everyday.targets(List.of(stem))
				.forEach(target -> stemsOf(target)
					.forEach(s -> forms.merge(s, this.weights.everydayWeight(), Math::max)));
			alternatives.add(forms);
		}
		return alternatives;
	}

	/**
	 * For each word, the administration's words for the everyday phrases it is part of
	 * (longest phrase first), as stems with their weight.
	 */
	private List<Map<String, Double>> phraseExpansions(List<Word> words) {
		List<Map<String, Double>> expansions = new ArrayList<>();
		words.forEach(w -> expansions.add(new LinkedHashMap<>()));
		List<String> lemmaStems = words.stream().map(w -> this.stemmer.apply(w.lemma())).toList();
		List<String> surfaceStems = words.stream().map(w -> this.stemmer.apply(w.surface())).toList();
		for (int i = 0; i < words.size(); i++) {
			for (int length = Math.min(EverydayWords.MAX_PHRASE, words.size() - i); length >= 1; length--) {
				List<List<String>> targets = this.everyday.targets(lemmaStems.subList(i, i + length));
				if (targets.isEmpty()) {
					targets = this.everyday.targets(surfaceStems.subList(i, i + length));
				}
				if (!targets.isEmpty()) {
					// the phrase's own words are no alternatives: "Auto abmelden" →
					// "Fahrzeug abmelden" makes "Auto" also "Fahrzeug", not also
					// "abmelden"
					Set<String> own = new HashSet<>(lemmaStems.subList(i, i + length));
					own.addAll(surfaceStems.subList(i, i + length));
					for (int j = i; j < i + length; j++) {
						Map<String, Double> expansion = expansions.get(j);
						targets.forEach(t -> stemsOf(t).stream()
							.filter(s -> !own.contains(s))
							.forEach(s -> expansion.merge(s, this.weights.everydayWeight(), Math::max)));
					}
					break;
				}
			}
		}
		return expansions;
	}

	private void addSynonyms(Word word, Map<String, Double> alternatives) {
		double weight = this.weights.thesaurusWeight();
		if (weight <= 0) {
			return;
		}
		Set<String> forms = new LinkedHashSet<>(List.of(word.lemma(), word.surface()));
		for (String form : forms) {
			for (List<String> synonym : this.lexicon.thesaurus().synonyms(form)) {
				stemsOf(synonym).forEach(s -> alternatives.merge(s, weight, Math::max));
			}
		}
	}

	/** The stems of a phrase's content words. */
	private List<String> stemsOf(List<String> foldedWords) {
		List<String> stems = new ArrayList<>(foldedWords.size());
		for (String word : foldedWords) {
			if (!StopWords.contains(word) && word.length() > 1) {
				stems.add(this.stemmer.apply(word));
			}
		}
		return stems;
	}

	/** The word's stems: of its surface, its OpenNLP lemma and its dictionary lemmas. */
	private Set<String> stems(Word word) {
		Set<String> stems = new LinkedHashSet<>();
		stems.add(this.stemmer.apply(word.lemma()));
		stems.add(this.stemmer.apply(word.surface()));
		if (this.lexicon.dictionary() != null) {
			for (GermanDictionary.Lemma lemma : this.lexicon.dictionary().lemmas(word.written())) {
				String folded = GermanFolding.fold(lemma.lemma());
				if (GermanFolding.isWord(folded) && !folded.contains(" ")) {
					stems.add(this.stemmer.apply(folded));
				}
			}
		}
		return stems;
	}

	/**
	 * The parts of an unknown compound: split against the content's own words first, then
	 * with the compound lexicon.
	 */
	private List<String> parts(Word word) {
		Optional<List<String>> own = this.vocabulary.split(word.surface());
		if (own.isPresent()) {
			return own.get();
		}
		return this.lexicon.compounds() == null ? List.of() : this.lexicon.compounds().parts(word.written());
	}

	/**
	 * The stems a compound adds to the index: each part, and the compound without its
	 * first or last part ("Personal|ausweis|verlängerung" also gives "personalausweis").
	 */
	private Set<String> compoundTerms(Word word) {
		if (this.lexicon.compounds() == null) {
			return Set.of();
		}
		List<String> parts = this.lexicon.compounds().parts(word.written());
		if (parts.isEmpty()) {
			return Set.of();
		}
		Set<String> terms = new LinkedHashSet<>();
		parts.forEach(p -> terms.add(this.stemmer.apply(p)));
		if (parts.size() > 2) {
			terms.add(this.stemmer.apply(String.join("", parts.subList(0, parts.size() - 1))));
			terms.add(this.stemmer.apply(String.join("", parts.subList(1, parts.size()))));
		}
		return terms;
	}

}
