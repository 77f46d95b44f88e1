package de.rathausbot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;

/**
 * A full German morphological dictionary: every inflected form of about 400,000 words
 * with its lemma and word class ("Nummernschilder" is not in it, but "gestohlen" →
 * "stehlen", "Pässe" → "Pass", "Führerscheins" → "Führerschein"). The Morfologik
 * dictionary of LanguageTool's {@code german-pos-dict} (CC BY-SA 4.0, based on Morphy).
 * Lookups are case-sensitive in German (nouns are capitalized), so a word is looked up as
 * written, capitalized and lower-cased.
 */
final class GermanDictionary {

	private static final String RESOURCE = "/org/languagetool/resource/de/german.dict";

	/** A lemma with its word class. */
	record Lemma(String lemma, WordClass wordClass) {
	}

	/** The word classes the matcher tells apart. */
	enum WordClass {

		NOUN, VERB, ADJECTIVE, OTHER;

		static WordClass of(String tag) {
			if (tag.startsWith("SUB") || tag.startsWith("EIG")) {
				return NOUN;
			}
			if (tag.startsWith("VER")) {
				return VERB;
			}
			// a participle as an adjective ("gekauft" as in "ein gekauftes Auto") has
			// itself as lemma; as a verb form it is tagged VER:PA2 with the infinitive
			return tag.startsWith("ADJ") || tag.startsWith("PA1") || tag.startsWith("PA2") ? ADJECTIVE : OTHER;
		}

		/** The class of a universal POS tag (as OpenNLP's German model gives them). */
		static WordClass ofUniversal(String tag) {
			return switch (tag) {
				case "NOUN", "PROPN" -> NOUN;
				case "VERB", "AUX" -> VERB;
				case "ADJ" -> ADJECTIVE;
				default -> OTHER;
			};
		}

	}

	private final Dictionary dictionary;

	/** Lookups keep a buffer each: one per thread. */
	private final ThreadLocal<DictionaryLookup> lookup;

	private GermanDictionary(Dictionary dictionary) {
		this.dictionary = dictionary;
		this.lookup = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
	}

	/** The dictionary from the classpath, or null when it is not there. */
	static GermanDictionary load() {
		URL url = GermanDictionary.class.getResource(RESOURCE);
		if (url == null) {
			return null;
		}
		try {
			return new GermanDictionary(Dictionary.read(url));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the German dictionary " + url, ex);
		}
	}

	/**
	 * The lemmas of a word as written (not folded), nouns first; empty when the
	 * dictionary does not know it in any spelling.
	 */
	List<Lemma> lemmas(String word) {
		Set<Lemma> lemmas = new LinkedHashSet<>();
		for (String spelling : spellings(word)) {
			for (WordData data : this.lookup.get().lookup(spelling)) {
				CharSequence stem = data.getStem();
				CharSequence tag = data.getTag();
				if (stem != null && tag != null) {
					lemmas.add(new Lemma(stem.toString(), WordClass.of(tag.toString())));
				}
			}
		}
		List<Lemma> sorted = new ArrayList<>(lemmas);
		sorted.sort((a, b) -> Integer.compare(a.wordClass().ordinal(), b.wordClass().ordinal()));
		return sorted;
	}

	/** Whether the dictionary knows the word in any spelling. */
	boolean knows(String word) {
		for (String spelling : spellings(word)) {
			if (!this.lookup.get().lookup(spelling).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	private static List<String> spellings(String word) {
		if (word.isEmpty()) {
			return List.of();
		}
		String lower = word.toLowerCase(Locale.GERMAN);
		String capitalized = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
		Set<String> spellings = new LinkedHashSet<>(List.of(word, capitalized, lower));
		return List.copyOf(spellings);
	}

}
