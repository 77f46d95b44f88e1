package de.rathausbot.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import de.rathausbot.intents.LabelledExample;
import de.rathausbot.nlu.Calibration;
import de.rathausbot.nlu.ContentWords;
import de.rathausbot.nlu.Folds;
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

	Run trainAndTest(List<LabelledExample> training, List<LabelledExample> tests, NluProperties settings,
			boolean keepScores) {
		long start = System.nanoTime();
		TrainedModel model = train(training, settings);
		long trainMs = (System.nanoTime() - start) / 1_000_000;
		return new Run(predict(model, tests), trainMs, keepScores ? scored(model, tests) : List.of());
	}

	static List<WeightAdvisor.Scored> scored(TrainedModel model, List<LabelledExample> texts) {
		return texts.stream().map(t -> new WeightAdvisor.Scored(t.label(), model.scores(t.text()))).toList();
	}

	TrainedModel train(List<LabelledExample> training, NluProperties settings) {
		List<TrainingExample> examples = training.stream().map(e -> new TrainingExample(e.label(), e.text())).toList();
		return this.classifier.trainSeparately(examples, this.words, settings, this.target);
	}

	/**
	 * Classifies every test; a first untimed pass (over up to 2,000 texts) warms the JIT
	 * up, so the latencies are those of a running server.
	 */
	List<Prediction> predict(TrainedModel model, List<LabelledExample> tests) {
		tests.stream().limit(2000).forEach(t -> model.classify(t.text()));
		List<Prediction> predictions = new ArrayList<>(tests.size());
		for (LabelledExample test : tests) {
			long start = System.nanoTime();
			var interpretation = model.classify(test.text());
			predictions.add(Prediction.of(test, interpretation, this.target, System.nanoTime() - start));
		}
		return predictions;
	}

	/**
	 * K-fold cross-validation: every example is predicted once by a model that did not
	 * see it. Folds are stratified (each label spread over all folds) and fixed by a
	 * seed. The reported training time is the mean per fold.
	 */
	Run crossValidate(List<LabelledExample> examples, int k, NluProperties settings, boolean keepScores) {
		NluProperties raw = settings.withCalibrationFolds(0);
		List<List<LabelledExample>> folds = Folds.stratified(examples, k, LabelledExample::label);
		List<Prediction> pooled = new ArrayList<>();
		List<WeightAdvisor.Scored> scored = new ArrayList<>();
		long trainMs = 0;
		for (int f = 0; f < k; f++) {
			Run run = trainAndTest(Folds.allBut(folds, f), folds.get(f), raw, keepScores);
			pooled.addAll(run.predictions());
			scored.addAll(run.scored());
			trainMs += run.trainMs();
		}
		return new Run(pooled, trainMs / k, scored);
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
