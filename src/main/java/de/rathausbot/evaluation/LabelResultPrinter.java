package de.rathausbot.evaluation;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Prints a label evaluation for people: the summary, the reliability table, the
 * recommendation, the operating points, the weakest intents, the confusions and the
 * ablation.
 */
final class LabelResultPrinter {

	private final PrintStream out;

	private final EvaluationPlan plan;

	LabelResultPrinter(PrintStream out, EvaluationPlan plan) {
		this.out = out;
		this.plan = plan;
	}

	void print(LabelEvaluation.Result result, WeightAdvisor.Advice weights, List<String> operatingPoints,
			List<String> signals) {
		LabelReport report = result.report();
		this.out.println(report.summaryJson());
		if (!signals.isEmpty()) {
			this.out.println("signals: " + String.join(", ", signals));
		}
		if (!report.reliability().isEmpty()) {
			this.out.println();
			this.out.println("reliability (is the best candidate right as often as it is confident?)");
			this.out.println("confidence  cases  mean conf.  accuracy");
			for (LabelReport.ReliabilityBin bin : report.reliability()) {
				this.out.println(String.format(Locale.ROOT, "%-10s %6d  %10.3f  %8.3f", bin.confidence(), bin.cases(),
						bin.meanConfidence(), bin.accuracy()));
			}
			this.out.println("expected calibration error: " + LabelMetrics.calibrationError(report.reliability()));
		}
		if (result.recommendation() != null && (this.plan.recommend() || this.plan.tune() != null)) {
			DecisionAdvisor.Recommendation r = result.recommendation();
			this.out.println();
			this.out.println(String.format(Locale.ROOT,
					"recommended: rathausbot.nlu.threshold=%.2f rathausbot.nlu.margin=%.2f (utility %.3f)",
					r.threshold(), r.margin(), r.utility()));
			if (weights != null) {
				this.out.println("recommended weights: "
						+ weights.weights()
							.entrySet()
							.stream()
							.map(e -> "rathausbot.nlu.weights." + e.getKey() + "=" + e.getValue())
							.collect(java.util.stream.Collectors.joining(" "))
						+ " (utility " + weights.utility() + " instead of " + weights.startUtility() + ")");
			}
			if (this.plan.folds() > 0) {
				LabelReport at = result.report();
				this.out.println("  (the figures above are at the configured threshold " + at.threshold() + ")");
			}
		}
		if (!operatingPoints.isEmpty()) {
			this.out.println();
			this.out.println("threshold  inScopeAccuracy  oosRecall   (the tests at other thresholds)");
			operatingPoints.forEach(this.out::println);
		}
		List<LabelReport.IntentRow> worst = new ArrayList<>(report.perIntent());
		worst.sort(Comparator.comparingDouble(LabelReport.IntentRow::f1));
		this.out.println();
		this.out.println("weakest intents (f1 precision recall support)");
		worst.stream()
			.limit(10)
			.forEach(r -> this.out.println(String.format(Locale.ROOT, "  %-40s %.3f %.3f %.3f %d", r.intent(), r.f1(),
					r.precision(), r.recall(), r.support())));
		this.out.println("most frequent confusions (expected → got)");
		report.confusions()
			.stream()
			.limit(10)
			.forEach(c -> this.out.println("  " + c.count() + "× " + c.expected() + " → " + c.got()));
		if (!result.withoutSignal().isEmpty()) {
			this.out.println();
			this.out
				.println("ablation (cross-validation: each at its recommended threshold; tests: tuned or configured)");
			this.out.println("signal off       threshold  inScopeAccuracy  oosRecall  macroF1  p50Ms");
			result.withoutSignal().forEach((signal, r) -> this.out.println(row(signal, r)));
		}
	}

	private static String row(String name, LabelReport r) {
		return String.format(Locale.ROOT, "%-17s %9.2f %16.3f %10.3f %8.3f %6.2f", name, r.threshold(),
				r.inScopeAccuracy(), r.oosRecall(), r.macroF1(), r.p50Ms());
	}

}
