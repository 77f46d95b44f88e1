package de.rathausbot.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import de.rathausbot.dialogue.Dialogue;
import de.rathausbot.dialogue.Outcome;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.nlu.ContentWords;
import de.rathausbot.nlu.IntentClassifier;
import de.rathausbot.nlu.NluProperties;
import de.rathausbot.nlu.TrainedModel;
import de.rathausbot.nlu.TrainingExample;
import de.rathausbot.training.AssistantTraining;
import org.springframework.context.ApplicationContext;

/**
 * Evaluates the classifier on labelled texts: a train/test run (optionally tuned on a
 * third split) or K-fold cross-validation, optionally repeated with each signal off.
 */
final class LabelEvaluation {

	private final IntentClassifier classifier;

	private final AssistantTraining content;

	private final EvaluationPlan plan;

	private final PrintStream out;

	private List<String> operatingPoints = List.of();

	private WeightAdvisor.Advice weights;

	private final ApplicationContext context;

	private QuestionSetEvaluation.Result questions;

	LabelEvaluation(ApplicationContext context, EvaluationPlan plan, PrintStream out) {
		this.context = context;
		this.classifier = context.getBean(IntentClassifier.class);
		this.content = context.getBean(AssistantTraining.class);
		this.plan = plan;
		this.out = out;
	}

	/** The full result: the report and, when asked for, recommendation and ablation. */
	record Result(LabelReport report, DecisionAdvisor.Recommendation recommendation,
			Map<String, LabelReport> withoutSignal, QuestionSetEvaluation.Result dialogue) {
	}

	int run() throws IOException {
		// the live model trains in the background at start-up; do not measure beside it
		this.classifier.current();
		NluProperties settings = this.classifier.properties();
		if (this.plan.tests() != null && this.plan.foreignIntents() == null && this.plan.folds() == 0) {
			askTheBot();
		}
		List<TrainingExample> training = trainingExamples();
		LabelledTraining trainer = trainer();
		Outcome main = evaluate(trainer, training, settings, false);
		Map<String, LabelReport> ablation = new LinkedHashMap<>();
		if (this.plan.ablation()) {
			ablation.put("none", evaluate(trainer, training, settings, true).report());
			for (String signal : signalWeights(settings).keySet()) {
				NluProperties without = settings.withWeights(settings.weights().without(signal));
				ablation.put(signal, evaluate(trainer, training, without, true).report());
			}
		}
		Result result = new Result(main.report(), main.recommendation(), ablation, this.questions);
		new LabelResultPrinter(this.out, this.plan).print(result, this.weights, this.operatingPoints, main.signals());
		if (!main.rawReliability().isEmpty()) {
			this.out.println("before calibration: expected calibration error "
					+ LabelMetrics.calibrationError(main.rawReliability()));
		}
		EvaluationCommand.writeReport(this.plan, result);
		Double min = this.plan.minAccuracy();
		return min != null && result.report().inScopeAccuracy() < min ? 1 : 0;
	}

	/**
	 * The questions answered by the whole bot on its content: what a citizen would get
	 * (answer, clarification or fallback), beside the site search when asked.
	 */
	private void askTheBot() {
		QuestionSetEvaluation questions = new QuestionSetEvaluation(this.context.getBean(Dialogue.class),
				this.context.getBean(KnowledgeBase.class), this.content::target, this.context.getBean(Clock.class),
				this.out);
		this.questions = questions.run(this.plan.tests().examples());
		questions.print(this.questions, this.plan.baseline());
		this.out.println();
	}

	/**
	 * What the evaluated models learn: another tool's texts as phrasings, or the
	 * content's examples with their fields (names, synonyms, summaries, details).
	 */
	private List<TrainingExample> trainingExamples() {
		if (this.plan.foreignIntents() != null) {
			return LabelledTraining.phrasings(this.plan.foreignIntents().examples());
		}
		return this.content.examples();
	}

	private LabelledTraining trainer() {
		if (this.plan.foreignIntents() != null) {
			return new LabelledTraining(this.classifier,
					new ContentWords(this.plan.foreignIntents().synonyms(), Set.of()), UnaryOperator.identity());
		}
		return new LabelledTraining(this.classifier, this.content.words(), this.content::target);
	}

	/**
	 * @param rawReliability the reliability table before calibration (cross-validation
	 * only)
	 */
	private record Outcome(LabelReport report, DecisionAdvisor.Recommendation recommendation, List<String> signals,
			List<LabelReport.ReliabilityBin> rawReliability) {
	}

	/**
	 * @param atRecommended score cross-validation at its recommended threshold (to
	 * compare settings fairly) rather than the configured one
	 */
	private Outcome evaluate(LabelledTraining trainer, List<TrainingExample> training, NluProperties settings,
			boolean atRecommended) {
		if (this.plan.folds() > 0) {
			boolean adviseWeights = this.plan.recommend() && !atRecommended;
			LabelledTraining.Run run = trainer.crossValidate(training, this.plan.folds(), settings, adviseWeights);
			if (adviseWeights) {
				this.weights = WeightAdvisor.advise(run.scored(), signalWeights(settings), trainer.target());
			}
			List<Prediction> predictions = settings.calibrationFolds() > 1
					? LabelledTraining.calibrated(run.predictions()) : run.predictions();
			DecisionAdvisor.Recommendation recommendation = DecisionAdvisor.recommend(predictions);
			double threshold = atRecommended ? recommendation.threshold() : settings.threshold();
			return new Outcome(LabelMetrics.report(predictions, threshold, run.trainMs(), true), recommendation,
					List.of(), LabelMetrics.reliability(run.predictions()));
		}
		long start = System.nanoTime();
		TrainedModel model = trainer.train(training, settings);
		long trainMs = (System.nanoTime() - start) / 1_000_000;
		double threshold = settings.threshold();
		DecisionAdvisor.Recommendation recommendation = null;
		if (this.plan.tune() != null) {
			recommendation = DecisionAdvisor.recommend(trainer.predict(model, this.plan.tune().examples()),
					this.plan.minOosRecall());
			threshold = recommendation.threshold();
			if (this.plan.recommend() && this.weights == null) {
				this.weights = WeightAdvisor.advise(LabelledTraining.scored(model, this.plan.tune().examples()),
						model.weights(), trainer.target());
			}
		}
		List<Prediction> predictions = trainer.predict(model, this.plan.tests().examples());
		if (this.operatingPoints.isEmpty()) {
			this.operatingPoints = operatingPoints(predictions);
		}
		return new Outcome(LabelMetrics.report(predictions, threshold, trainMs, true), recommendation,
				model.signalNames(), List.of());
	}

	/**
	 * The weights of the signals that are switched on (the embedding signals only with a
	 * model).
	 */
	private static Map<String, Double> signalWeights(NluProperties settings) {
		Map<String, Double> weights = settings.weights().byName();
		weights.entrySet()
			.removeIf(e -> e.getValue() == 0 || e.getKey().startsWith("embedding") && !settings.embedding().enabled());
		return weights;
	}

	/**
	 * In-scope accuracy against out-of-scope recall at other thresholds: what a different
	 * trade-off would give.
	 */
	private static List<String> operatingPoints(List<Prediction> predictions) {
		List<String> rows = new ArrayList<>();
		for (int t = 0; t <= 9; t++) {
			LabelReport at = LabelMetrics.report(predictions, t / 10.0, 0, false);
			rows.add(String.format(Locale.ROOT, "%9.1f %16.3f %10.3f", t / 10.0, at.inScopeAccuracy(), at.oosRecall()));
		}
		return rows;
	}

}
