package de.rathausbot.nlu;

import java.util.List;

/** How much a word says about the topic: nouns most, verbs less, light words least. */
final class WordImportance {

	/** The importance of a {@link LightWords light word}. */
	private static final double LIGHT = 0.15;

	private final GermanLexicon.Resources lexicon;

	private final NluProperties.Lexicon weights;

	WordImportance(GermanLexicon.Resources lexicon, NluProperties.Lexicon weights) {
		this.lexicon = lexicon;
		this.weights = weights;
	}

	double of(Word word) {
		if (LightWords.contains(word.lemma()) || LightWords.contains(word.surface())) {
			return LIGHT;
		}
		return isNoun(word) ? 1 : this.weights.verbImportance();
	}

	/** A noun by the dictionary's first reading, else by OpenNLP's tag. */
	private boolean isNoun(Word word) {
		if (this.lexicon.dictionary() != null) {
			List<GermanDictionary.Lemma> lemmas = this.lexicon.dictionary().lemmas(word.written());
			if (!lemmas.isEmpty()) {
				return lemmas.get(0).wordClass() == GermanDictionary.WordClass.NOUN;
			}
		}
		return word.isNoun();
	}

}
