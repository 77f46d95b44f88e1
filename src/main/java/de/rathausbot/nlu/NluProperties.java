package de.rathausbot.nlu;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Tuning of the matcher. Weights need not sum to 1; they are normalised.
 *
 * @param threshold minimum (calibrated) confidence to answer; below it the bot asks back
 * or falls back. The calibration is fitted on the content's own names and keywords, which
 * are harder to tell apart than citizens' questions: on natural questions about the
 * Munich catalogue, answers of confidence 0.5–0.7 were right four times in five. 0.55
 * answers those and keeps the demo's development and own question sets where they were
 * ({@code evaluate --cross-validate 5 --recommend} recommends 0.66–0.69)
 * @param margin when a confident runner-up's raw score is within this distance of the
 * best candidate's, the bot asks which one was meant
 * @param weights weight of each signal in the ensemble
 * @param maxentIterations training iterations of the maxent classifier
 * @param lemmatize whether to run the OpenNLP POS tagger and lemmatizer (costs ~1 ms per
 * message)
 * @param unknownWordPenalty factor applied to the raw score for each noun of the question
 * that the content does not know ("Hallenbad" in a bot that knows only the Rathaus); 1
 * switches it off. 0.6 (from 0.7) with the threshold 0.55 keeps the demo's near misses
 * declined
 * @param embedding the sentence-embedding model
 * @param language the language of the content: {@code de} (German tokens, POS tags,
 * lemmas and stems) or {@code en} (English stems only; for English content such as
 * CLINC150)
 * @param calibrationFolds cross-validation folds on which the confidence is calibrated
 * after each training (so that 0.8 means right about 80% of the time); 0 switches
 * calibration off and the threshold applies to the raw ensemble score
 * @param lexicon the German lexical resources and how much their alternatives count
 * @param fields how much a match in each field of a label counts in the {@code fields}
 * signal
 * @param passageShare the share of a question (its words weighted by importance and
 * rarity) that a page's best passage must contain for the bot to answer from the page;
 * below it the page is about the topic but does not answer the question
 * @param pageFactor the raw scores of pages and FAQ entries are multiplied by this: where
 * a curated intent or service fits as well as a page, the curated answer wins
 * @param shareTrainingInProcess reuse a trained and calibrated model for the same
 * examples and settings within one process (several application contexts in one JVM: the
 * test suite); off in production, where a process has one context and old models must not
 * be kept
 * @param calibrationCache the folder where the calibration fitted for a content is
 * remembered, so a restart with the same content skips the fit; empty: not remembered
 * @param rememberedQuestions how many recently asked questions a model remembers its
 * interpretation of (asked again, a question is not analysed again); 0: none
 */
@Validated
@ConfigurationProperties("rathausbot.nlu")
public record NluProperties(@DefaultValue("0.55") @DecimalMin("0") @DecimalMax("1") double threshold,
		@DefaultValue("0.06") @DecimalMin("0") @DecimalMax("1") double margin, @DefaultValue Weights weights,
		@DefaultValue("300") @Min(1) int maxentIterations, @DefaultValue("true") boolean lemmatize,
		@DefaultValue("0.6") @DecimalMin("0") @DecimalMax("1") double unknownWordPenalty,
		@DefaultValue Embedding embedding, @DefaultValue("3") @Min(0) int calibrationFolds,
		@DefaultValue("de") @Pattern(regexp = "de|en", message = "must be de or en") String language,
		@DefaultValue Lexicon lexicon, @DefaultValue FieldWeights fields, @DefaultValue Clarify clarify,
		@DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double passageShare,
		@DefaultValue("0.8") @DecimalMin("0") @DecimalMax("1") double pageFactor,
		@DefaultValue("false") boolean shareTrainingInProcess,
		@DefaultValue("data/calibrations") String calibrationCache,
		@DefaultValue("2000") @Min(0) int rememberedQuestions) {

	/**
	 * When the bot is not sure enough to answer, whether it asks back.
	 *
	 * @param threshold the calibrated chance that the right answer is among the best few
	 * candidates, from which the bot offers them rather than falling back
	 * @param ratio the candidates offered have at least this share of the best one's raw
	 * score
	 * @param options how many candidates a question back offers at most
	 */
	public record Clarify(@DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double threshold,
			@DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double ratio,
			@DefaultValue("3") @Min(1) @Max(9) int options) {

		/** The defaults, for code that builds its own properties (tests, tools). */
		public static final Clarify DEFAULTS = new Clarify(0.5, 0.5, 3);

	}

	/**
	 * @param everydayWords the shipped list of everyday and administrative words (a
	 * Spring resource location), {@code none} to switch it off; staff add to it with
	 * {@code everyday:} in the intents
	 * @param thesaurus OpenThesaurus in its text format, gzipped; {@code none} to switch
	 * it off
	 * @param everydayWeight how much the administration's word counts for an everyday
	 * word
	 * @param thesaurusWeight how much a thesaurus synonym counts (broad senses add noise:
	 * low)
	 * @param correctionWeight how much a typo correction counts
	 * @param compoundPartWeight how much a part of a compound counts for the whole
	 * ("Anmeldung" in "Fahrzeuganmeldung")
	 * @param verbImportance how much a word that is not a noun says about the topic,
	 * against 1 for a noun
	 * @param dictionaryLemmas lemmas from the German dictionary where it knows a word
	 * (else from the OpenNLP lemmatizer, which guesses)
	 */
	public record Lexicon(@DefaultValue("classpath:nlu/alltagssprache-de.yml") @NotBlank String everydayWords,
			@DefaultValue("classpath:nlu/openthesaurus.txt.gz") @NotBlank String thesaurus,
			@DefaultValue("0.9") @DecimalMin("0") @DecimalMax("1") double everydayWeight,
			@DefaultValue("0.4") @DecimalMin("0") @DecimalMax("1") double thesaurusWeight,
			@DefaultValue("0.8") @DecimalMin("0") @DecimalMax("1") double correctionWeight,
			@DefaultValue("0.5") @DecimalMin("0") @DecimalMax("1") double compoundPartWeight,
			@DefaultValue("0.6") @DecimalMin("0") @DecimalMax("1") double verbImportance,
			@DefaultValue("true") boolean dictionaryLemmas) {

		/** The defaults, for code that builds its own analyzer (tests, tools). */
		public static final Lexicon DEFAULTS = new Lexicon("classpath:nlu/alltagssprache-de.yml",
				"classpath:nlu/openthesaurus.txt.gz", 0.9, 0.4, 0.8, 0.5, 0.6, true);

	}

	/**
	 * Field weights of the {@code fields} signal (BM25F): a word found once in a field
	 * counts this much before saturation.
	 *
	 * @param name a label's name (an intent's title)
	 * @param phrasing synonyms, staff keywords and an intent's examples
	 * @param summary a service's summary
	 * @param details a service's longer text and documents
	 */
	public record FieldWeights(@DefaultValue("1.0") @DecimalMin("0") double name,
			@DefaultValue("1.0") @DecimalMin("0") double phrasing, @DefaultValue("0.4") @DecimalMin("0") double summary,
			@DefaultValue("0.15") @DecimalMin("0") double details) {

		/** The defaults, for code that builds its own model (tests, tools). */
		public static final FieldWeights DEFAULTS = new FieldWeights(1.0, 1.0, 0.4, 0.15);

	}

	/** Weight of each signal; 0 switches a signal off. */
	public record Weights(@DefaultValue("0.35") @DecimalMin("0") double tfidf,
			@DefaultValue("0.15") @DecimalMin("0") double bm25, @DefaultValue("0.25") @DecimalMin("0") double ngram,
			@DefaultValue("0.25") @DecimalMin("0") double maxent,
			@DefaultValue("0.2") @DecimalMin("0") double embedding,
			@DefaultValue("0.2") @DecimalMin("0") double embeddingClassifier,
			@DefaultValue("1") @DecimalMin("0") double fields, @DefaultValue("1") @DecimalMin("0") double passages) {

		/** Signal name → weight, as the signals call themselves. */
		public Map<String, Double> byName() {
			Map<String, Double> byName = new LinkedHashMap<>();
			byName.put("tfidf", this.tfidf);
			byName.put("bm25", this.bm25);
			byName.put("ngram", this.ngram);
			byName.put("maxent", this.maxent);
			byName.put("embedding", this.embedding);
			byName.put("embeddingClassifier", this.embeddingClassifier);
			byName.put("fields", this.fields);
			byName.put("passages", this.passages);
			return byName;
		}

		/** The same weights with another weight of the {@code fields} signal. */
		public Weights withFields(double weight) {
			return new Weights(this.tfidf, this.bm25, this.ngram, this.maxent, this.embedding, this.embeddingClassifier,
					weight, this.passages);
		}

		/** The same weights with one signal switched off (for ablation). */
		public Weights without(String signal) {
			return new Weights("tfidf".equals(signal) ? 0 : this.tfidf, "bm25".equals(signal) ? 0 : this.bm25,
					"ngram".equals(signal) ? 0 : this.ngram, "maxent".equals(signal) ? 0 : this.maxent,
					"embedding".equals(signal) ? 0 : this.embedding,
					"embeddingClassifier".equals(signal) ? 0 : this.embeddingClassifier,
					"fields".equals(signal) ? 0 : this.fields, "passages".equals(signal) ? 0 : this.passages);
		}

	}

	/**
	 * @param modelPath {@value SentenceEmbeddings#BUNDLED} (the bundled model),
	 * {@code none} (no embeddings), or the path of an ONNX sentence-embedding model
	 * @param tokenizerPath the model's {@code tokenizer.json}, when {@code modelPath} is
	 * a path
	 * @param pooling how token vectors become one sentence vector: {@code mean} or
	 * {@code cls}, as the model was trained
	 */
	public record Embedding(@DefaultValue("none") @NotBlank String modelPath, @DefaultValue("") String tokenizerPath,
			@DefaultValue("mean") String pooling) {

		public boolean enabled() {
			return !"none".equalsIgnoreCase(this.modelPath);
		}

	}

	/** These properties with other weights (for ablation and tuning). */
	public NluProperties withWeights(Weights weights) {
		return new NluProperties(this.threshold, this.margin, weights, this.maxentIterations, this.lemmatize,
				this.unknownWordPenalty, this.embedding, this.calibrationFolds, this.language, this.lexicon,
				this.fields, this.clarify, this.passageShare, this.pageFactor, this.shareTrainingInProcess,
				this.calibrationCache, this.rememberedQuestions);
	}

	/** These properties with other calibration folds (0: none). */
	public NluProperties withCalibrationFolds(int folds) {
		return new NluProperties(this.threshold, this.margin, this.weights, this.maxentIterations, this.lemmatize,
				this.unknownWordPenalty, this.embedding, folds, this.language, this.lexicon, this.fields, this.clarify,
				this.passageShare, this.pageFactor, this.shareTrainingInProcess, this.calibrationCache,
				this.rememberedQuestions);
	}

}
