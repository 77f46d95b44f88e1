package de.rathausbot.evaluation;

import java.util.List;

/**
 * Recommends {@code rathausbot.nlu.threshold} and {@code margin} from predictions on data
 * the model was not trained on (cross-validation folds or a tuning split).
 * <p>
 * The threshold maximises a utility in which in-scope and out-of-scope questions weigh
 * the same, whatever their numbers: a right answer or an honest decline counts +1, a
 * fallback on a question the bot could have answered 0, a wrong answer -1 (confidently
 * wrong is worse than "I don't know"). The margin then maximises the in-scope utility of
 * asking back: a question whose best two candidates are within the margin is clarified,
 * which counts 0.7 when the right intent is among the two offered (one click more) and -1
 * when it is not.
 */
final class DecisionAdvisor {

	static final double CLARIFY_VALUE = 0.7;

	private DecisionAdvisor() {
	}

	record Recommendation(double threshold, double margin, double utility) {
	}

	static Recommendation recommend(List<Prediction> predictions) {
		return recommend(predictions, null);
	}

	/**
	 * @param minOosRecall if given, the threshold is instead the one with the best
	 * in-scope accuracy among those that decline at least this share of the out-of-scope
	 * texts (an operating point chosen for a stated recall)
	 */
	static Recommendation recommend(List<Prediction> predictions, Double minOosRecall) {
		double bestThreshold = 0;
		double bestUtility = Double.NEGATIVE_INFINITY;
		double bestAccuracy = -1;
		for (int t = 0; t <= 100; t++) {
			double threshold = t / 100.0;
			double utility = thresholdUtility(predictions, threshold);
			if (minOosRecall != null) {
				LabelReport at = LabelMetrics.report(predictions, threshold, 0, false);
				if (at.oosRecall() >= minOosRecall && at.inScopeAccuracy() > bestAccuracy) {
					bestAccuracy = at.inScopeAccuracy();
					bestUtility = utility;
					bestThreshold = threshold;
				}
			}
			else if (utility > bestUtility + 1e-9) {
				bestUtility = utility;
				bestThreshold = threshold;
			}
		}
		double bestMargin = 0;
		double bestMarginUtility = Double.NEGATIVE_INFINITY;
		for (int m = 0; m <= 20; m++) {
			double margin = m / 100.0;
			double utility = marginUtility(predictions, bestThreshold, margin);
			if (utility > bestMarginUtility + 1e-9) {
				bestMarginUtility = utility;
				bestMargin = margin;
			}
		}
		return new Recommendation(bestThreshold, bestMargin, LabelMetrics.round(bestUtility));
	}

	static double thresholdUtility(List<Prediction> predictions, double threshold) {
		double inScope = 0;
		double outOfScope = 0;
		int inScopeCases = 0;
		int outOfScopeCases = 0;
		for (Prediction p : predictions) {
			String decided = p.decided(threshold);
			if (p.expectsOutOfScope()) {
				outOfScopeCases++;
				outOfScope += decided.equals(p.expected()) ? 1 : -1;
			}
			else {
				inScopeCases++;
				inScope += decided.equals(p.expected()) ? 1
						: de.rathausbot.intents.LabelledExample.OUT_OF_SCOPE.equals(decided) ? 0 : -1;
			}
		}
		double a = inScopeCases == 0 ? 0 : inScope / inScopeCases;
		double b = outOfScopeCases == 0 ? 0 : outOfScope / outOfScopeCases;
		return inScopeCases == 0 || outOfScopeCases == 0 ? a + b : (a + b) / 2;
	}

	private static double marginUtility(List<Prediction> predictions, double threshold, double margin) {
		double utility = 0;
		for (Prediction p : predictions) {
			if (p.expectsOutOfScope() || p.confidence() < threshold) {
				continue;
			}
			boolean close = p.second() != null && p.secondConfidence() >= threshold && p.rawGap() < margin;
			if (close) {
				boolean offered = p.expected().equals(p.best()) || p.expected().equals(p.second());
				utility += offered ? CLARIFY_VALUE : -1;
			}
			else {
				utility += p.bestIsRight() ? 1 : -1;
			}
		}
		return utility;
	}

}
