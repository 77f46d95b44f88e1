package de.rathausbot.nlu;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Ranks labels for a question. Trained from labelled examples and synonyms; retraining
 * swaps the model atomically, so questions in flight are answered by the old or the new
 * model, never a half-trained one.
 */
@Component
public class IntentClassifier {

	/** Label of examples the bot must not answer. */
	public static final String OUT_OF_SCOPE = "out-of-scope";

	private static final Logger log = LoggerFactory.getLogger(IntentClassifier.class);

	private final LanguageModels models;

	private final NluProperties properties;

	private static final Duration FIRST_TRAINING_TIMEOUT = Duration.ofMinutes(2);

	private volatile TrainedModel model;

	private volatile Throwable trainingFailure;

	private final CountDownLatch firstTraining = new CountDownLatch(1);

	IntentClassifier(LanguageModels models, NluProperties properties) {
		this.models = models;
		this.properties = properties;
	}

	/**
	 * @param synonyms canonical word → colloquial variants
	 * @param neutralWords words that never decide a topic (time words the dialogue
	 * handles itself)
	 */
	public void train(List<TrainingExample> examples, Map<String, List<String>> synonyms, Set<String> neutralWords) {
		long start = System.nanoTime();
		this.model = TrainedModel.train(this.models, examples, synonyms, neutralWords, this.properties);
		this.firstTraining.countDown();
		log.info("NLU trained on {} examples in {} ms", examples.size(), (System.nanoTime() - start) / 1_000_000);
	}

	/**
	 * Records that the first training failed, so waiting questions get an error instead
	 * of waiting.
	 */
	public void trainingFailed(Throwable failure) {
		this.trainingFailure = failure;
		this.firstTraining.countDown();
	}

	public boolean isTrained() {
		return this.model != null;
	}

	/**
	 * Ranks the labels for a text; during start-up it waits for the first training to
	 * finish.
	 */
	public Interpretation classify(String text) {
		TrainedModel current = this.model;
		if (current == null) {
			current = awaitFirstModel();
		}
		return current.classify(text);
	}

	/** The terms of all training examples of a label. */
	public Set<String> termsOf(String label) {
		TrainedModel current = this.model;
		return (current != null ? current : awaitFirstModel()).termsOf(label);
	}

	/** The normalized terms of a text, as the classifier sees them. */
	public List<String> terms(String text) {
		TrainedModel current = this.model;
		return (current != null ? current : awaitFirstModel()).terms(text);
	}

	private TrainedModel awaitFirstModel() {
		try {
			if (!this.firstTraining.await(FIRST_TRAINING_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("the NLU model is still not trained after " + FIRST_TRAINING_TIMEOUT);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the NLU model", ex);
		}
		if (this.model == null) {
			throw new IllegalStateException("the NLU model could not be trained", this.trainingFailure);
		}
		return this.model;
	}

	public NluProperties properties() {
		return this.properties;
	}

}
