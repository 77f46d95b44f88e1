package de.rathausbot.nlu;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Tuning of the matcher. Weights need not sum to 1; they are normalised.
 *
 * @param threshold minimum confidence to answer; below it the bot falls back
 * @param margin when the runner-up is within this distance of the best candidate, the bot
 * asks which one was meant
 * @param weights weight of each signal in the ensemble
 * @param maxentIterations training iterations of the maxent classifier
 * @param lemmatize whether to run the OpenNLP POS tagger and lemmatizer (costs ~1 ms per
 * message)
 * @param unknownWordPenalty factor applied to the confidence for each noun of the
 * question that the content does not know ("Hallenbad" in a bot that knows only the
 * Rathaus); 1 switches it off
 */
@Validated
@ConfigurationProperties("rathausbot.nlu")
public record NluProperties(@DefaultValue("0.38") @DecimalMin("0") @DecimalMax("1") double threshold,
		@DefaultValue("0.06") @DecimalMin("0") @DecimalMax("1") double margin, @DefaultValue Weights weights,
		@DefaultValue("300") @Min(1) int maxentIterations, @DefaultValue("true") boolean lemmatize,
		@DefaultValue("0.7") @DecimalMin("0") @DecimalMax("1") double unknownWordPenalty) {

	/** Weight of each signal; 0 switches a signal off. */
	public record Weights(@DefaultValue("0.35") @DecimalMin("0") double tfidf,
			@DefaultValue("0.15") @DecimalMin("0") double bm25, @DefaultValue("0.25") @DecimalMin("0") double ngram,
			@DefaultValue("0.25") @DecimalMin("0") double maxent) {
	}

}
