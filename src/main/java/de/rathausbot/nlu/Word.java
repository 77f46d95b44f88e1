package de.rathausbot.nlu;

/** A folded word of a text with its folded lemma and universal POS tag. */
record Word(String surface, String lemma, String tag) {

	boolean isNoun() {
		return "NOUN".equals(this.tag) || "PROPN".equals(this.tag);
	}

}
