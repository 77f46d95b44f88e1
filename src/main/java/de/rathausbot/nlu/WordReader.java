package de.rathausbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a text into folded words with lemmas and POS tags: OpenNLP tokens and tags,
 * lemmas from the German dictionary where it knows a word (else OpenNLP's), and separable
 * verbs joined again ("Wie melde ich das Auto an?" → "anmelden").
 */
final class WordReader {

	/** Particles that German splits off a verb and puts at the end of the clause. */
	private static final Set<String> PARTICLES = Set.of("ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "her",
			"hin", "los", "mit", "nach", "um", "vor", "weg", "zu", "zurueck", "zusammen", "weiter", "heim", "raus",
			"rein");

	private final LanguageModels models;

	private final GermanDictionary dictionary;

	/**
	 * @param dictionary the German dictionary, or null for OpenNLP lemmas only
	 */
	WordReader(LanguageModels models, GermanDictionary dictionary) {
		this.models = models;
		this.dictionary = dictionary;
	}

	List<Word> read(String text) {
		// the dictionary gives the lemmas of the words it knows; the OpenNLP lemmatizer
		// would only guess the others (measured: the same matches without it) and its
		// lemmas depend on the sentences read before
		LanguageModels.Read read = this.dictionary != null ? this.models.readWithoutLemmas(text)
				: this.models.read(text);
		List<String> tokens = read.tokens();
		LanguageModels.Tagged tagged = read.tagged();
		List<String> lemmas = new ArrayList<>(tokens.size());
		for (int i = 0; i < tokens.size(); i++) {
			lemmas.add(lemma(tokens.get(i), tagged.lemmas().get(i), tagged.tags().get(i)));
		}
		boolean[] particle = new boolean[tokens.size()];
		boolean[] verbs = new boolean[tokens.size()];
		joinSeparableVerbs(tokens, tagged.tags(), lemmas, particle, verbs);
		List<Word> words = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			if (particle[i]) {
				continue;
			}
			List<String> pieces = GermanFolding.words(tokens.get(i));
			String tag = tagged.tags().get(i);
			if (i == 0 && ("NOUN".equals(tag) || "PROPN".equals(tag)) && neverANoun(tokens.get(i))) {
				// the tagger takes a capital at the start of a question for a noun now
				// and
				// then ("Wann wird die Biotonne geleert?")
				tag = "ADV";
			}
			if (pieces.size() == 1) {
				String lemma = GermanFolding.fold(lemmas.get(i));
				if (verbs[i]) {
					// the verb is the joined one ("anmelden"), not the split-off form
					words.add(new Word(lemma, lemma, "VERB", false, lemmas.get(i)));
					continue;
				}
				// contractions get lemmas like "auf+d" ("aufs"): keep the word itself
				boolean usable = GermanFolding.isWord(lemma) && lemma.chars().allMatch(Character::isLetterOrDigit);
				boolean capitalized = i > 0 && Character.isUpperCase(tokens.get(i).charAt(0));
				words.add(new Word(pieces.get(0), usable ? lemma : pieces.get(0), tag, capitalized,
						GermanFolding.written(tokens.get(i)).get(0)));
			}
			else {
				List<String> written = GermanFolding.written(tokens.get(i));
				for (int p = 0; p < pieces.size(); p++) {
					String piece = pieces.get(p);
					words.add(new Word(piece, piece, tag, false,
							written.size() == pieces.size() ? written.get(p) : piece));
				}
			}
		}
		return words;
	}

	/**
	 * A function word ("wann", "wo", "welche"): the dictionary knows it only as neither
	 * noun, verb nor adjective.
	 */
	private boolean neverANoun(String token) {
		if (this.dictionary == null) {
			return false;
		}
		List<GermanDictionary.Lemma> lemmas = new ArrayList<>(this.dictionary.lemmas(token));
		lemmas.addAll(this.dictionary.lemmas(token.toLowerCase(java.util.Locale.GERMAN)));
		return !lemmas.isEmpty() && lemmas.stream().allMatch(l -> l.wordClass() == GermanDictionary.WordClass.OTHER);
	}

	/**
	 * A particle at the end of a clause belongs to the last verb before it ("Ich melde
	 * mein Auto an" → "anmelden") when the dictionary knows the joined verb: its lemma
	 * becomes the joined one, and the particle is dropped.
	 * @param particles set for the particles joined to a verb
	 * @param verbs set for the verbs that got a particle
	 */
	private void joinSeparableVerbs(List<String> tokens, List<String> tags, List<String> lemmas, boolean[] particles,
			boolean[] verbs) {
		if (this.dictionary == null) {
			return;
		}
		for (int i = 1; i < tokens.size(); i++) {
			String token = GermanFolding.fold(tokens.get(i));
			boolean clauseEnd = i + 1 == tokens.size() || !GermanFolding.isWord(tokens.get(i + 1));
			if (!clauseEnd || !PARTICLES.contains(token)) {
				continue;
			}
			for (int v = i - 1; v >= 0 && GermanFolding.isWord(tokens.get(v)); v--) {
				String verb = separableVerb(token, tokens.get(v), tags.get(v));
				if (verb != null) {
					lemmas.set(v, verb);
					particles[i] = true;
					verbs[v] = true;
					break;
				}
			}
		}
	}

	/**
	 * The verb a particle and a token make together ("an" + "melde" → "anmelden"), or
	 * null when the token is no verb or the dictionary knows no such verb.
	 */
	private String separableVerb(String particle, String token, String tag) {
		List<GermanDictionary.Lemma> lemmas = this.dictionary.lemmas(token);
		boolean alsoNoun = lemmas.stream().anyMatch(l -> l.wordClass() == GermanDictionary.WordClass.NOUN);
		// the tagger calls a verb at the start of a question a name now and then ("wie
		// melde ich es an"): trusted only where the word can be a noun
		if ("ADP".equals(tag) || "DET".equals(tag) || alsoNoun && ("NOUN".equals(tag) || "PROPN".equals(tag))) {
			return null;
		}
		for (GermanDictionary.Lemma lemma : lemmas) {
			if (lemma.wordClass() == GermanDictionary.WordClass.VERB) {
				String verb = particle + lemma.lemma();
				if (this.dictionary.knows(verb)) {
					return verb;
				}
			}
		}
		return null;
	}

	/**
	 * The lemma of a token: from the dictionary where it knows the word (the one of the
	 * word class the tagger saw), else the OpenNLP lemmatizer's, which guesses unknown
	 * words by their endings ("Gebrauchtwagen" → "Gebraucwagenn").
	 */
	private String lemma(String token, String openNlpLemma, String tag) {
		if (this.dictionary == null) {
			return openNlpLemma;
		}
		List<GermanDictionary.Lemma> lemmas = this.dictionary.lemmas(token);
		if (lemmas.isEmpty()) {
			return openNlpLemma;
		}
		GermanDictionary.WordClass tagged = GermanDictionary.WordClass.ofUniversal(tag);
		return lemmas.stream().filter(l -> l.wordClass() == tagged).findFirst().orElse(lemmas.get(0)).lemma();
	}

}
