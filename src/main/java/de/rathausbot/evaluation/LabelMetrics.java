package de.rathausbot.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import de.rathausbot.intents.LabelledExample;

/** Scores predictions at a threshold: accuracy, out-of-scope recall and precision, F1. */
final class LabelMetrics {

	private static final int CONFUSIONS = 20;

	private LabelMetrics() {
	}

	static LabelReport report(List<Prediction> predictions, double threshold, long trainMs, boolean reliability) {
		int inScope = 0;
		int inScopeRight = 0;
		int oos = 0;
		int oosDeclined = 0;
		int declined = 0;
		Map<String, int[]> counts = new HashMap<>(); // label → {true positive, predicted,
														// expected}
		Map<List<String>, Integer> confusions = new HashMap<>();
		for (Prediction p : predictions) {
			String decided = p.decided(threshold);
			boolean isOos = p.expectsOutOfScope();
			boolean decidedOos = LabelledExample.OUT_OF_SCOPE.equals(decided);
			if (isOos) {
				oos++;
				oosDeclined += decidedOos ? 1 : 0;
			}
			else {
				inScope++;
				inScopeRight += decided.equals(p.expected()) ? 1 : 0;
			}
			declined += decidedOos ? 1 : 0;
			counts.computeIfAbsent(decided, k -> new int[3])[1]++;
			counts.computeIfAbsent(p.expected(), k -> new int[3])[2]++;
			if (decided.equals(p.expected())) {
				counts.get(decided)[0]++;
			}
			else {
				confusions.merge(List.of(p.expected(), decided), 1, Integer::sum);
			}
		}
		List<LabelReport.IntentRow> rows = new ArrayList<>();
		double f1Sum = 0;
		for (String label : new TreeSet<>(counts.keySet())) {
			int[] c = counts.get(label);
			if (c[2] == 0) {
				continue; // a label predicted but never expected: counted in others'
							// precision
			}
			double precision = c[1] == 0 ? 0 : (double) c[0] / c[1];
			double recall = (double) c[0] / c[2];
			double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
			f1Sum += f1;
			rows.add(new LabelReport.IntentRow(label, c[2], round(precision), round(recall), round(f1)));
		}
		List<LabelReport.Confusion> pairs = confusions.entrySet()
			.stream()
			.sorted(Map.Entry.<List<String>, Integer>comparingByValue()
				.reversed()
				.thenComparing(e -> e.getKey().toString()))
			.limit(CONFUSIONS)
			.map(e -> new LabelReport.Confusion(e.getKey().get(0), e.getKey().get(1), e.getValue()))
			.toList();
		long[] nanos = predictions.stream().mapToLong(Prediction::nanos).toArray();
		Arrays.sort(nanos);
		return new LabelReport(predictions.size(), share(inScopeRight, inScope), share(oosDeclined, oos),
				share(oosDeclined, declined), rows.isEmpty() ? 0 : round(f1Sum / rows.size()), trainMs,
				percentile(nanos, 0.5), percentile(nanos, 0.99), threshold, rows, pairs,
				reliability ? reliability(predictions) : List.of());
	}

	/**
	 * Ten confidence bins with how often the best candidate was right in each: a
	 * calibrated matcher is right about as often as it is confident.
	 */
	static List<LabelReport.ReliabilityBin> reliability(List<Prediction> predictions) {
		List<LabelReport.ReliabilityBin> bins = new ArrayList<>();
		for (int b = 0; b < 10; b++) {
			double from = b / 10.0;
			double to = (b + 1) / 10.0;
			boolean last = b == 9;
			List<Prediction> in = predictions.stream()
				.filter(p -> p.confidence() >= from && (p.confidence() < to || last))
				.toList();
			if (in.isEmpty()) {
				continue;
			}
			double mean = in.stream().mapToDouble(Prediction::confidence).average().orElse(0);
			long right = in.stream().filter(Prediction::bestIsRight).count();
			bins.add(new LabelReport.ReliabilityBin(String.format(java.util.Locale.ROOT, "%.1f-%.1f", from, to),
					in.size(), round(mean), round((double) right / in.size())));
		}
		return bins;
	}

	/** Expected calibration error: the mean gap between confidence and accuracy. */
	static double calibrationError(List<LabelReport.ReliabilityBin> bins) {
		int total = bins.stream().mapToInt(LabelReport.ReliabilityBin::cases).sum();
		double error = 0;
		for (LabelReport.ReliabilityBin bin : bins) {
			error += (double) bin.cases() / total * Math.abs(bin.meanConfidence() - bin.accuracy());
		}
		return round(error);
	}

	private static double share(int part, int whole) {
		return whole == 0 ? 1.0 : round((double) part / whole);
	}

	static double percentile(long[] sortedNanos, double p) {
		if (sortedNanos.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(p * sortedNanos.length) - 1;
		return round(sortedNanos[Math.max(0, index)] / 1_000_000.0);
	}

	static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
