package de.rathausbot.nlu;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Tuning of the matcher. Weights need not sum to 1; they are normalised.
 *
 * @param threshold minimum (calibrated) confidence to answer; below it the bot falls
 * back. 0.62 was chosen with {@code evaluate --cross-validate 5 --recommend} (0.66) and
 * the evaluation sets
 * @param margin when the runner-up's raw score is within this distance of the best
 * candidate's, the bot asks which one was meant
 * @param weights weight of each signal in the ensemble
 * @param maxentIterations training iterations of the maxent classifier
 * @param lemmatize whether to run the OpenNLP POS tagger and lemmatizer (costs ~1 ms per
 * message)
 * @param unknownWordPenalty factor applied to the confidence for each noun of the
 * question that the content does not know ("Hallenbad" in a bot that knows only the
 * Rathaus); 1 switches it off
 * @param embedding the sentence-embedding model
 * @param language the language of the content: {@code de} (German tokens, POS tags,
 * lemmas and stems) or {@code en} (English stems only; for English content such as
 * CLINC150)
 * @param calibrationFolds cross-validation folds on which the confidence is calibrated
 * after each training (so that 0.8 means right about 80% of the time); 0 switches
 * calibration off and the threshold applies to the raw ensemble score
 */
@Validated
@ConfigurationProperties("rathausbot.nlu")
public record NluProperties(@DefaultValue("0.66") @DecimalMin("0") @DecimalMax("1") double threshold,
		@DefaultValue("0.06") @DecimalMin("0") @DecimalMax("1") double margin, @DefaultValue Weights weights,
		@DefaultValue("300") @Min(1) int maxentIterations, @DefaultValue("true") boolean lemmatize,
		@DefaultValue("0.7") @DecimalMin("0") @DecimalMax("1") double unknownWordPenalty,
		@DefaultValue Embedding embedding, @DefaultValue("3") @Min(0) int calibrationFolds,
		@DefaultValue("de") @Pattern(regexp = "de|en", message = "must be de or en") String language) {

	/** Weight of each signal; 0 switches a signal off. */
	public record Weights(@DefaultValue("0.35") @DecimalMin("0") double tfidf,
			@DefaultValue("0.15") @DecimalMin("0") double bm25, @DefaultValue("0.25") @DecimalMin("0") double ngram,
			@DefaultValue("0.25") @DecimalMin("0") double maxent,
			@DefaultValue("0.2") @DecimalMin("0") double embedding,
			@DefaultValue("0.2") @DecimalMin("0") double embeddingClassifier) {

		/** Signal name → weight, as the signals call themselves. */
		public Map<String, Double> byName() {
			Map<String, Double> byName = new LinkedHashMap<>();
			byName.put("tfidf", this.tfidf);
			byName.put("bm25", this.bm25);
			byName.put("ngram", this.ngram);
			byName.put("maxent", this.maxent);
			byName.put("embedding", this.embedding);
			byName.put("embeddingClassifier", this.embeddingClassifier);
			return byName;
		}

		/** The same weights with one signal switched off (for ablation). */
		public Weights without(String signal) {
			return new Weights("tfidf".equals(signal) ? 0 : this.tfidf, "bm25".equals(signal) ? 0 : this.bm25,
					"ngram".equals(signal) ? 0 : this.ngram, "maxent".equals(signal) ? 0 : this.maxent,
					"embedding".equals(signal) ? 0 : this.embedding,
					"embeddingClassifier".equals(signal) ? 0 : this.embeddingClassifier);
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
				this.unknownWordPenalty, this.embedding, this.calibrationFolds, this.language);
	}

	/** These properties with other calibration folds (0: none). */
	public NluProperties withCalibrationFolds(int folds) {
		return new NluProperties(this.threshold, this.margin, this.weights, this.maxentIterations, this.lemmatize,
				this.unknownWordPenalty, this.embedding, folds, this.language);
	}

}
