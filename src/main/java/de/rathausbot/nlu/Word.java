package de.rathausbot.nlu;

/**
 * A folded word of a text with its folded lemma and universal POS tag.
 *
 * @param capitalized written with a capital letter inside the sentence: in German, a noun
 * @param written the word as written, with its umlauts and capitals (for the
 * dictionaries)
 */
record Word(String surface, String lemma, String tag, boolean capitalized, String written) {

	Word(String surface, String lemma, String tag) {
		this(surface, lemma, tag, false, surface);
	}

	/**
	 * Tagged as a noun, or capitalized where the tagger missed it ("Telefonnummer der
	 * Polizei").
	 */
	boolean isNoun() {
		return "NOUN".equals(this.tag) || "PROPN".equals(this.tag) || this.capitalized;
	}

}
