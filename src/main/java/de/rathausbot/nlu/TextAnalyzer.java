package de.rathausbot.nlu;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a question or an example into terms: OpenNLP tokens and lemmas, folding,
 * colloquial synonyms (staff-editable), stop words, stems; unknown words are split as
 * compounds or typo-corrected against the vocabulary of the content.
 */
final class TextAnalyzer {

	private final LanguageModels models;

	private final Synonyms synonyms;

	private final Vocabulary vocabulary;

	private Set<String> covered = Set.of();

	/**
	 * Folded words that never decide a topic, e.g. time words handled elsewhere
	 * ("montag", "heute").
	 */
	private final Set<String> neutralWords;

	private final ConceptReader concepts;

	private final WordReader reader;

	TextAnalyzer(LanguageModels models, Map<String, List<String>> synonyms, Set<String> neutralWords) {
		this(models, synonyms, neutralWords, GermanLexicon.NONE, Map.of(), NluProperties.Lexicon.DEFAULTS);
	}

	/**
	 * @param lexicon the German lexical resources
	 * @param everyday staff additions to the shipped everyday words (an empty list
	 * switches a shipped entry off)
	 */
	TextAnalyzer(LanguageModels models, Map<String, List<String>> synonyms, Set<String> neutralWords,
			GermanLexicon.Resources lexicon, Map<String, List<String>> everyday, NluProperties.Lexicon weights) {
		this.reader = new WordReader(models, weights.dictionaryLemmas() ? lexicon.dictionary() : null);
		this.models = models;
		this.neutralWords = neutralWords.stream().map(GermanFolding::fold).collect(Collectors.toSet());
		this.vocabulary = new Vocabulary(models::stem);
		this.neutralWords.forEach(this.vocabulary::add);
		this.synonyms = new Synonyms(synonyms);
		// known as words, so that compounds of them split ("fluechtlingshilfe" →
		// "fluechtling" + "hilfe")
		this.synonyms.words().forEach(this.vocabulary::add);
		Map<String, List<String>> everydayWords = new java.util.LinkedHashMap<>(lexicon.everyday());
		everydayWords.putAll(everyday);
		this.concepts = new ConceptReader(lexicon, new EverydayWords(everydayWords, models::stem), this.vocabulary,
				models::stem, weights);
	}

	/**
	 * Tokens, lemmas and tags of a text: the expensive part of the analysis, done once
	 * per text.
	 */
	List<Word> read(String text) {
		return words(text);
	}

	/**
	 * Terms of the examples the bot answers (not out-of-scope examples): a noun outside
	 * them is a sign that a question is about something the content does not cover.
	 */
	void cover(Collection<String> inScopeTerms) {
		this.covered = Set.copyOf(inScopeTerms);
	}

	/**
	 * Learns the words of a training text, so later questions can be split and corrected
	 * against them.
	 */
	void learn(List<Word> words) {
		for (Word word : words) {
			this.vocabulary.add(word.surface());
			if (!word.lemma().equals(word.surface())) {
				this.vocabulary.add(word.lemma());
			}
		}
	}

	/** A question: its terms and its concepts. */
	AnalyzedText analyze(String text) {
		return analyze(text, words(text), false);
	}

	/**
	 * A training text: its terms and its index terms.
	 * @param words the text as {@link #read(String) read}
	 */
	AnalyzedText analyze(String text, List<Word> words) {
		return analyze(text, words, true);
	}

	private AnalyzedText analyze(String text, List<Word> words, boolean training) {
		List<Word> contentWords = new ArrayList<>();
		StringBuilder folded = new StringBuilder();
		for (Word word : words) {
			if (isNeutral(word.surface())) {
				continue;
			}
			folded.append(folded.isEmpty() ? "" : " ").append(word.surface());
			if (!StopWords.contains(word.surface()) && !StopWords.contains(word.lemma())) {
				contentWords.add(word);
			}
		}
		// the administration's words for a question's everyday words, where the content
		// has them: "Nummernschild" is no unknown word in a catalogue of "Kennzeichen"
		List<List<String>> everyday = training ? List.of() : this.concepts.knownEveryday(contentWords, this.covered);
		List<String> terms = new ArrayList<>();
		int unknownNouns = 0;
		List<String> nounTerms = new ArrayList<>();
		for (int i = 0; i < contentWords.size(); i++) {
			Word word = contentWords.get(i);
			Unknown unknown = new Unknown();
			List<String> known = termsOf(word, unknown);
			boolean uncovered = word.isNoun() && !known.isEmpty() && !this.covered.isEmpty()
					&& known.stream().noneMatch(this.covered::contains);
			if (!training && !everyday.get(i).isEmpty() && (known.isEmpty() || uncovered)) {
				known = everyday.get(i);
				unknown = new Unknown();
				uncovered = false;
			}
			terms.addAll(known);
			terms.addAll(unknown.terms);
			if (word.isNoun()) {
				nounTerms.addAll(known);
				nounTerms.addAll(unknown.terms);
			}
			if (unknown.changesTopic || uncovered) {
				unknownNouns++;
			}
		}
		if (terms.isEmpty()) {
			// a text of function words only ("Was kannst du?") is matched by exactly
			// those words
			for (Word word : words) {
				if (!isNeutral(word.surface())) {
					terms.add(this.models.stem(word.surface()));
					contentWords.add(word);
				}
			}
		}
		return new AnalyzedText(text, List.copyOf(terms), folded.toString(), unknownNouns, List.copyOf(nounTerms),
				training ? List.of() : this.concepts.concepts(contentWords),
				training ? this.concepts.indexTerms(contentWords) : Map.of());
	}

	private boolean isNeutral(String word) {
		if (this.neutralWords.contains(word)) {
			return true;
		}
		if (this.vocabulary.isEmpty() || this.vocabulary.knows(word)) {
			return false;
		}
		// compounds of time words only ("freitagnachmittag", "montagmorgen")
		Optional<List<String>> parts = this.vocabulary.split(word);
		return parts.isPresent() && parts.get().stream().allMatch(this.neutralWords::contains);
	}

	/**
	 * The terms of one word: its stem if known, else its compound parts, else a typo
	 * correction. Unknown words are reported through {@code unknown}: their stems, and
	 * whether they change the topic (an unknown noun, or a known head with an unknown
	 * modifier).
	 */
	private List<String> termsOf(Word word, Unknown unknown) {
		String stem = this.models.stem(word.lemma());
		if (this.vocabulary.isEmpty() || this.vocabulary.knowsStem(stem)) {
			return List.of(stem);
		}
		String surfaceStem = this.models.stem(word.surface());
		if (this.vocabulary.knowsStem(surfaceStem)) {
			return List.of(surfaceStem);
		}
		Optional<List<String>> parts = this.vocabulary.split(word.surface());
		if (parts.isPresent()) {
			return parts.get().stream().map(this.synonyms::ofWord).map(this.models::stem).toList();
		}
		Optional<String> corrected = this.vocabulary.correct(word.surface());
		if (corrected.isPresent()) {
			// the vocabulary has the synonyms' variants too: "pasport" → "passport" →
			// "reisepass"
			return List.of(this.models.stem(this.synonyms.ofWord(corrected.get())));
		}
		Optional<Vocabulary.PartlyKnown> partly = this.vocabulary.partlyKnown(word.surface());
		if (partly.isPresent() && !partly.get().knownIsHead()) {
			// "personalausweis|antrag": still about the known modifier
			unknown.terms.add(this.models.stem(partly.get().unknown()));
			return List.of(this.models.stem(this.synonyms.ofWord(partly.get().known())));
		}
		if (partly.isPresent()) {
			// "bewohnerpark|ausweis": another kind of the known thing, which the content
			// does not cover
			unknown.terms.add(stem);
			unknown.changesTopic = true;
			return List.of();
		}
		unknown.terms.add(stem);
		unknown.changesTopic |= word.isNoun();
		return List.of();
	}

	/** What a word contributed that the content does not know. */
	private static final class Unknown {

		private final List<String> terms = new ArrayList<>(1);

		private boolean changesTopic;

	}

	/** Folded words with lemmas and POS tags, synonyms applied. */
	private List<Word> words(String text) {
		return this.synonyms.apply(this.reader.read(text));
	}

}
