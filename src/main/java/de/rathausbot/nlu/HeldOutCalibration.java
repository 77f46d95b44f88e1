package de.rathausbot.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * Calibrates a model for its content after training, from predictions for texts that the
 * predicting model did not see: the names, synonyms and examples are split into folds,
 * and each fold is predicted by a model trained on the others (and on every description,
 * which citizens do not ask). A text that several labels share ("Pass" for passport and
 * identity card, "Aufenthalt" for a dozen residence permits) is answered right by any of
 * them: counted wrong, such shared staff keywords made a catalogue's calibration distrust
 * every confident answer (98% fallbacks).
 */
final class HeldOutCalibration {

	private final TrainedModel.Resources resources;

	private final UnaryOperator<String> target;

	HeldOutCalibration(TrainedModel.Resources resources, UnaryOperator<String> target) {
		this.resources = resources;
		this.target = target;
	}

	/**
	 * @param threads how many cores a fold's training may use
	 * @param abandoned asked before each fold: whether the result is no longer wanted
	 * @return the calibration, {@code null} if abandoned; {@link Calibration#NONE} with
	 * fewer than two folds
	 */
	Calibration fit(List<TrainingExample> examples, ContentWords words, NluProperties settings, int threads,
			BooleanSupplier abandoned) {
		int k = settings.calibrationFolds();
		if (k < 2 || examples.isEmpty()) {
			return Calibration.NONE;
		}
		List<TrainingExample> calibrated = curated(examples);
		List<TrainingExample> asked = calibrated.stream().filter(HeldOutCalibration::askable).toList();
		List<TrainingExample> described = calibrated.stream().filter(e -> !askable(e)).toList();
		Map<String, Set<String>> owners = owners(asked);
		List<List<TrainingExample>> folds = Folds.stratified(asked, k, TrainingExample::label);
		List<Calibration.Observation> observations = new ArrayList<>();
		for (int f = 0; f < k; f++) {
			if (abandoned.getAsBoolean()) {
				return null;
			}
			List<TrainingExample> train = new ArrayList<>(Folds.allBut(folds, f));
			train.addAll(described);
			TrainedModel model = TrainedModel.train(this.resources, train, words, settings, threads);
			for (TrainingExample example : folds.get(f)) {
				Calibration.Observation observation = observe(model.classifyAnew(example.text()),
						settings.clarify().options(), owners.get(GermanFolding.fold(example.text()).strip()));
				if (observation != null) {
					observations.add(observation);
				}
			}
		}
		return Calibration.fit(observations);
	}

	/**
	 * Enough texts of curated content (intents, services, contacts) to calibrate on.
	 */
	static final int CURATED = 200;

	/**
	 * The curated content (intents, services, contacts) without the pages and FAQ
	 * entries, when it has enough texts to calibrate on: the titles of pages say little
	 * about how citizens ask, and with the pages in the folds, the demo's intents lost
	 * confidence they had earned. Content of pages alone is calibrated on their titles.
	 */
	private static List<TrainingExample> curated(List<TrainingExample> examples) {
		Set<String> passageLabels = new HashSet<>();
		examples.stream()
			.filter(e -> e.field() == TrainingExample.Field.PASSAGE)
			.forEach(e -> passageLabels.add(e.label()));
		if (passageLabels.isEmpty()) {
			return examples;
		}
		List<TrainingExample> curated = examples.stream().filter(e -> !passageLabels.contains(e.label())).toList();
		long texts = curated.stream()
			.filter(e -> askable(e) && !IntentClassifier.OUT_OF_SCOPE.equals(e.label()))
			.count();
		return texts >= CURATED ? curated : examples;
	}

	/** Names, synonyms and examples: texts like the questions citizens ask. */
	static boolean askable(TrainingExample example) {
		return example.field() == TrainingExample.Field.NAME || example.field() == TrainingExample.Field.PHRASING;
	}

	/** Each text (folded) with the targets that have it. */
	private Map<String, Set<String>> owners(List<TrainingExample> examples) {
		Map<String, Set<String>> owners = new HashMap<>();
		for (TrainingExample example : examples) {
			owners.computeIfAbsent(GermanFolding.fold(example.text()).strip(), t -> new HashSet<>())
				.add(this.target.apply(example.label()));
		}
		return owners;
	}

	/**
	 * What the calibration learns from one prediction: the best target's raw score,
	 * whether it was right, and whether a right one was among the {@code offered} best
	 * (what a question back would offer); null when the best is the out-of-scope label or
	 * there is none (the bot declines: nothing to calibrate).
	 */
	private Calibration.Observation observe(Interpretation interpretation, int offeredMost, Set<String> expected) {
		List<String> targets = new ArrayList<>();
		double raw = 0;
		for (Candidate candidate : interpretation.candidates()) {
			String t = this.target.apply(candidate.label());
			if (targets.isEmpty()) {
				raw = candidate.raw();
			}
			if (!targets.contains(t)) {
				targets.add(t);
			}
		}
		if (targets.isEmpty() || IntentClassifier.OUT_OF_SCOPE.equals(targets.get(0))) {
			return null;
		}
		// offering choices for a text the bot must decline is as wrong as answering it
		boolean offered = !expected.contains(IntentClassifier.OUT_OF_SCOPE)
				&& targets.stream().limit(offeredMost).anyMatch(expected::contains);
		return new Calibration.Observation(raw, expected.contains(targets.get(0)), offered);
	}

}
