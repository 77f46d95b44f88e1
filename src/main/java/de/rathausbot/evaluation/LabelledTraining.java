package de.rathausbot.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import de.rathausbot.intents.LabelledExample;
import de.rathausbot.nlu.Calibration;
import de.rathausbot.nlu.ContentWords;
import de.rathausbot.nlu.Folds;
import de.rathausbot.nlu.GermanFolding;
import de.rathausbot.nlu.IntentClassifier;
import de.rathausbot.nlu.NluProperties;
import de.rathausbot.nlu.TrainedModel;
import de.rathausbot.nlu.TrainingExample;

/**
 * Trains models apart from the live one and classifies labelled texts with them:
 * train/test runs and K-fold cross-validation.
 */
final class LabelledTraining {

	private final IntentClassifier classifier;

	private final ContentWords words;

	private final UnaryOperator<String> target;

	/**
	 * @param target what a label answers (labels with the same target are the same
	 * answer)
	 */
	LabelledTraining(IntentClassifier classifier, ContentWords words, UnaryOperator<String> target) {
		this.classifier = classifier;
		this.target = target;
		this.words = words;
	}

	/**
	 * Predictions of one run, how long training took, and (when asked for) each text's
	 * signal scores for validating weights.
	 */
	record Run(List<Prediction> predictions, long trainMs, List<WeightAdvisor.Scored> scored) {
	}

	UnaryOperator<String> target() {
		return this.target;
	}

	Run trainAndTest(List<TrainingExample> training, List<LabelledExample> tests, NluProperties settings,
			boolean keepScores) {
		long start = System.nanoTime();
		TrainedModel model = train(training, settings);
		long trainMs = (System.nanoTime() - start) / 1_000_000;
		return new Run(predict(model, tests), trainMs, keepScores ? scored(model, tests) : List.of());
	}

	static List<WeightAdvisor.Scored> scored(TrainedModel model, List<LabelledExample> texts) {
		return texts.stream().map(t -> new WeightAdvisor.Scored(t.label(), model.scores(t.text()))).toList();
	}

	TrainedModel train(List<TrainingExample> training, NluProperties settings) {
		return this.classifier.trainSeparately(training, this.words, settings, this.target);
	}

	/** Texts of another tool: each an example phrasing of its label. */
	static List<TrainingExample> phrasings(List<LabelledExample> examples) {
		return examples.stream().map(e -> new TrainingExample(e.label(), e.text())).toList();
	}

	/**
	 * Classifies every test; a first untimed pass (over up to 2,000 texts) warms the JIT
	 * up, so the latencies are those of a running server.
	 */
	List<Prediction> predict(TrainedModel model, List<LabelledExample> tests) {
		tests.stream().limit(2000).forEach(t -> model.classifyAnew(t.text()));
		List<Prediction> predictions = new ArrayList<>(tests.size());
		for (LabelledExample test : tests) {
			long start = System.nanoTime();
			var interpretation = model.classifyAnew(test.text());
			predictions.add(Prediction.of(test, interpretation, this.target, System.nanoTime() - start));
		}
		return predictions;
	}

	/**
	 * K-fold cross-validation: every name, synonym and example is predicted once by a
	 * model that did not see it (and learnt every description: citizens do not ask those
	 * texts). Folds are stratified (each label spread over all folds) and fixed by a
	 * seed. The reported training time is the mean per fold.
	 */
	Run crossValidate(List<TrainingExample> examples, int k, NluProperties settings, boolean keepScores) {
		NluProperties raw = settings.withCalibrationFolds(0);
		List<TrainingExample> asked = examples.stream().filter(LabelledTraining::askable).toList();
		List<TrainingExample> described = examples.stream().filter(e -> !askable(e)).toList();
		Map<String, Set<String>> owners = new HashMap<>();
		asked.forEach(
				e -> owners.computeIfAbsent(key(e.text()), t -> new HashSet<>()).add(this.target.apply(e.label())));
		List<List<TrainingExample>> folds = Folds.stratified(asked, k, TrainingExample::label);
		List<Prediction> pooled = new ArrayList<>();
		List<WeightAdvisor.Scored> scored = new ArrayList<>();
		long trainMs = 0;
		for (int f = 0; f < k; f++) {
			List<TrainingExample> training = new ArrayList<>(Folds.allBut(folds, f));
			training.addAll(described);
			List<LabelledExample> tests = folds.get(f)
				.stream()
				.map(e -> new LabelledExample(e.label(), e.text()))
				.toList();
			Run run = trainAndTest(training, tests, raw, keepScores);
			for (int i = 0; i < tests.size(); i++) {
				pooled.add(sharedCountsRight(run.predictions().get(i), owners.get(key(tests.get(i).text()))));
			}
			scored.addAll(run.scored());
			trainMs += run.trainMs();
		}
		return new Run(pooled, trainMs / k, scored);
	}

	/**
	 * A text that several labels have ("Aufenthalt", a keyword of a dozen residence
	 * permits) is answered right by any of them.
	 */
	private Prediction sharedCountsRight(Prediction prediction, Set<String> owners) {
		return owners != null && owners.contains(prediction.best()) ? prediction.expecting(prediction.best())
				: prediction;
	}

	private static String key(String text) {
		return GermanFolding.fold(text).strip();
	}

	private static boolean askable(TrainingExample example) {
		return example.field() == TrainingExample.Field.NAME || example.field() == TrainingExample.Field.PHRASING;
	}

	/**
	 * Raw cross-validation predictions with calibrated confidences, as the live model
	 * would give them: each fifth of the predictions is mapped by a calibration fitted on
	 * the other four fifths (so the reliability table is not measured on the data it was
	 * fitted to).
	 */
	static List<Prediction> calibrated(List<Prediction> raw) {
		int k = 5;
		List<List<Prediction>> parts = Folds.stratified(raw, k, Prediction::expected);
		List<Prediction> calibrated = new ArrayList<>(raw.size());
		for (int f = 0; f < k; f++) {
			Calibration calibration = Calibration.fit(Folds.allBut(parts, f)
				.stream()
				.map(p -> new Calibration.Observation(p.confidence(), p.bestIsRight(), p.offers()))
				.toList());
			parts.get(f).forEach(p -> calibrated.add(p.calibrated(calibration)));
		}
		return calibrated;
	}

}
