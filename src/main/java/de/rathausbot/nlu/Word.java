package de.rathausbot.nlu;

/**
 * A folded word of a text with its folded lemma and universal POS tag.
 *
 * @param capitalized written with a capital letter inside the sentence: in German, a noun
 */
record Word(String surface, String lemma, String tag, boolean capitalized) {

	Word(String surface, String lemma, String tag) {
		this(surface, lemma, tag, false);
	}

	/**
	 * Tagged as a noun, or capitalized where the tagger missed it ("Telefonnummer der
	 * Polizei").
	 */
	boolean isNoun() {
		return "NOUN".equals(this.tag) || "PROPN".equals(this.tag) || this.capitalized;
	}

}
