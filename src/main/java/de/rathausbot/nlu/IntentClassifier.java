package de.rathausbot.nlu;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

import de.rathausbot.tenant.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * Ranks labels for a question. Trained from labelled examples and synonyms, one model per
 * tenant (the current one's is used); retraining swaps the model atomically, so questions
 * in flight are answered by the old or the new model, never a half-trained one.
 */
@Component
public class IntentClassifier {

	/** Label of examples the bot must not answer. */
	public static final String OUT_OF_SCOPE = "out-of-scope";

	private static final Logger log = LoggerFactory.getLogger(IntentClassifier.class);

	private final LanguageModels models;

	private final NluProperties properties;

	private final SentenceEmbeddings embeddings;

	private static final Duration FIRST_TRAINING_TIMEOUT = Duration.ofMinutes(2);

	/** How long after a change the calibration waits for the next one. */
	private static final Duration CALIBRATION_DELAY = Duration.ofSeconds(2);

	private final ForegroundTrainings foreground = new ForegroundTrainings();

	/** Each tenant's model and its training state, by tenant id. */
	private final Map<String, ModelSlot> slots = new ConcurrentHashMap<>();

	private final Tenants tenants;

	/** The thread all tenants' background calibrations take turns on. */
	private final java.util.concurrent.ScheduledExecutorService calibrations = Recalibration.thread();

	/** The current tenant's model and state. */
	private ModelSlot slot() {
		return this.slots.computeIfAbsent(this.tenants.current().id(),
				id -> new ModelSlot(new Recalibration(CALIBRATION_DELAY, this.calibrations)));
	}

	private final GermanLexicon lexicon;

	IntentClassifier(LanguageModels models, GermanLexicon lexicon, SentenceEmbeddings embeddings,
			NluProperties properties, Tenants tenants) {
		this.tenants = tenants;
		this.lexicon = lexicon;
		this.models = models;
		this.embeddings = embeddings;
		this.properties = properties;
		this.calibrationCache = new CalibrationCache(
				properties.calibrationCache().isBlank() ? null : java.nio.file.Path.of(properties.calibrationCache()));
	}

	private final CalibrationCache calibrationCache;

	public void train(List<TrainingExample> examples, ContentWords words) {
		train(examples, words, UnaryOperator.identity());
	}

	/**
	 * Trains, then calibrates the confidence on {@code rathausbot.nlu.calibration-folds}
	 * cross-validation folds of the examples, and puts the model to use.
	 * @param target what a label answers: a prediction of another label with the same
	 * target counts as right when calibrating
	 */
	public void train(List<TrainingExample> examples, ContentWords words, UnaryOperator<String> target) {
		TrainedModel.Resources resources = resources();
		// not with an embedding model: it belongs to its application context and closes
		// with it
		TrainedModel trained = this.properties.shareTrainingInProcess() && !this.properties.embedding().enabled()
				? SharedTrainings.get(SharedTrainings.Key.of(examples, words, this.properties, target),
						() -> trainAndCalibrate(resources, examples, words, target))
				: trainAndCalibrate(resources, examples, words, target);
		slot().use(trained);
	}

	/**
	 * Trains the current tenant's first model and puts it to use at once with the
	 * calibration of another tenant's model (a Kommune's content is mostly its
	 * Landkreis's); its own calibration is fitted in the background and replaces the
	 * borrowed one. Many tenants start in the time of one calibration each.
	 * @param lender the tenant whose calibration is borrowed (trained already)
	 */
	public void trainBorrowingCalibration(List<TrainingExample> examples, ContentWords words,
			UnaryOperator<String> target, String lender) {
		long start = System.nanoTime();
		TrainedModel trained = TrainedModel.train(resources(), examples, words, this.properties, 1);
		ModelSlot lent = this.slots.get(lender);
		Calibration borrowed = lent == null || lent.model == null ? Calibration.NONE : lent.model.calibration();
		log.info("NLU trained on {} examples in {} ms (calibration of {} until its own is fitted)", examples.size(),
				(System.nanoTime() - start) / 1_000_000, lender);
		use(trained.withCalibration(borrowed), examples, words, target);
	}

	private TrainedModel trainAndCalibrate(TrainedModel.Resources resources, List<TrainingExample> examples,
			ContentWords words, UnaryOperator<String> target) {
		long start = System.nanoTime();
		TrainedModel trained = TrainedModel.train(resources, examples, words, this.properties);
		long trainedAt = System.nanoTime();
		Calibration calibration = calibrate(examples, words, target, this.properties, TrainedModel.ALL_CORES,
				() -> false);
		log.info("NLU trained on {} examples in {} ms, calibrated in {} ms ({})", examples.size(),
				(trainedAt - start) / 1_000_000, (System.nanoTime() - trainedAt) / 1_000_000, calibration);
		return trained.withCalibration(calibration);
	}

	/**
	 * Fits the calibration for the content (see {@link HeldOutCalibration}).
	 * @return the calibration, or {@code null} if abandoned
	 */
	private Calibration calibrate(List<TrainingExample> examples, ContentWords words, UnaryOperator<String> target,
			NluProperties settings, int threads, BooleanSupplier abandoned) {
		return this.calibrationCache.fitted(examples, words, settings, target,
				() -> new HeldOutCalibration(resources(), target).fit(examples, words, settings, threads, abandoned));
	}

	/**
	 * Trains a model on changed content without putting it to use, with the calibration
	 * of the model in use: to check a change before it is published.
	 */
	public TrainedModel prepare(List<TrainingExample> examples, ContentWords words) {
		long start = System.nanoTime();
		TrainedModel trained;
		this.foreground.begin();
		try {
			trained = TrainedModel.train(resources(), examples, words, this.properties);
		}
		finally {
			this.foreground.end();
		}
		log.info("NLU trained on {} examples in {} ms", examples.size(), (System.nanoTime() - start) / 1_000_000);
		// a change saved while the first training still runs waits for its calibration:
		// uncalibrated, its confidences would not compare with the model in use
		return trained.withCalibration(current().calibration());
	}

	/**
	 * Puts a {@link #prepare prepared} model to use at once; its calibration is fitted
	 * again in the background and replaces the old one unless an even newer model came
	 * meanwhile.
	 * @param examples, words what the model was prepared from
	 */
	public void use(TrainedModel prepared, List<TrainingExample> examples, ContentWords words,
			UnaryOperator<String> target) {
		ModelSlot slot = slot();
		long mine = slot.use(prepared);
		slot.recalibration.schedule(() -> {
			// a newer model (the editor saved again) makes this one's calibration
			// useless; stopping early leaves the cores to the newer training
			Calibration calibration = calibrate(examples, words, target, this.properties, 1, () -> {
				this.foreground.awaitNone();
				return slot.generation.get() != mine;
			});
			synchronized (slot) {
				if (calibration != null && slot.generation.get() == mine) {
					slot.model = prepared.withCalibration(calibration);
				}
			}
		});
	}

	/** Stops the calibrations still waiting when the application stops. */
	@PreDestroy
	void close() {
		this.slots.values().forEach(slot -> slot.recalibration.close());
		this.calibrations.shutdownNow();
	}

	private TrainedModel.Resources resources() {
		return new TrainedModel.Resources(this.models, this.lexicon.resources(), this.embeddings);
	}

	/** The model in use (during start-up it waits for the first training). */
	public TrainedModel current() {
		ModelSlot slot = slot();
		TrainedModel current = slot.model;
		return current != null ? current : slot.awaitFirstModel(FIRST_TRAINING_TIMEOUT);
	}

	/** How many models have been put to use so far. */
	public long generation() {
		return slot().generation.get();
	}

	/**
	 * Trains and calibrates (as {@code settings} say) a model that is not put to use: for
	 * evaluation, cross-validation and tuning with other data or settings.
	 */
	public TrainedModel trainSeparately(List<TrainingExample> examples, ContentWords words, NluProperties settings,
			UnaryOperator<String> target) {
		TrainedModel trained = TrainedModel.train(resources(), examples, words, settings);
		return trained
			.withCalibration(calibrate(examples, words, target, settings, TrainedModel.ALL_CORES, () -> false));
	}

	/**
	 * Records that the first training failed, so waiting questions get an error instead
	 * of waiting.
	 */
	public void trainingFailed(Throwable failure) {
		slot().failed(failure);
	}

	public boolean isTrained() {
		return slot().model != null;
	}

	/**
	 * The signals the current model combines, with their weights (empty before training).
	 */
	public Map<String, Double> signals() {
		TrainedModel current = slot().model;
		return current == null ? Map.of() : current.weights();
	}

	/**
	 * Whether the confidence of the current model is calibrated (too few or too uniform
	 * examples leave the raw score).
	 */
	public boolean isCalibrated() {
		TrainedModel current = slot().model;
		return current != null && current.calibration() != Calibration.NONE;
	}

	/**
	 * Ranks the labels for a text; during start-up it waits for the first training to
	 * finish.
	 */
	public Interpretation classify(String text) {
		return current().classify(text);
	}

	public NluProperties properties() {
		return this.properties;
	}

}
