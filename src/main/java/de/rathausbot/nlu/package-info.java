/**
 * Natural-language understanding: German normalization (folding of umlauts and ß, OpenNLP
 * tokens and lemmas, stemming, stop words, synonyms, compound splitting, typo
 * correction), an ensemble of matchers (TF-IDF, BM25, character n-grams, maxent) and
 * language detection. Knows nothing of intents or knowledge: it learns labelled example
 * texts and ranks labels for a question.
 */
@ApplicationModule(allowedDependencies = { "content", "tenant" })
package de.rathausbot.nlu;

import org.springframework.modulith.ApplicationModule;
