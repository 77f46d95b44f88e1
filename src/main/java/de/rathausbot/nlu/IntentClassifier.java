package de.rathausbot.nlu;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ranks labels for a question. Trained from labelled examples and synonyms; retraining swaps the model
 * atomically, so questions in flight are answered by the old or the new model, never a half-trained one.
 */
@Component
public class IntentClassifier {

	/** Label of examples the bot must not answer. */
	public static final String OUT_OF_SCOPE = "out-of-scope";

	private static final Logger log = LoggerFactory.getLogger(IntentClassifier.class);

	private final LanguageModels models;

	private final NluProperties properties;

	private volatile TrainedModel model;

	IntentClassifier(LanguageModels models, NluProperties properties) {
		this.models = models;
		this.properties = properties;
	}

	/**
	 * @param synonyms canonical word → colloquial variants
	 * @param neutralWords words that never decide a topic (time words the dialogue handles itself)
	 */
	public void train(List<TrainingExample> examples, Map<String, List<String>> synonyms, Set<String> neutralWords) {
		long start = System.nanoTime();
		this.model = TrainedModel.train(this.models, examples, synonyms, neutralWords, this.properties);
		log.info("NLU trained on {} examples in {} ms", examples.size(), (System.nanoTime() - start) / 1_000_000);
	}

	public boolean isTrained() {
		return this.model != null;
	}

	public Interpretation classify(String text) {
		TrainedModel current = this.model;
		if (current == null) {
			throw new IllegalStateException("the NLU model is not trained yet");
		}
		return current.classify(text);
	}

	public NluProperties properties() {
		return this.properties;
	}

}
