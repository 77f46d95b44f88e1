package de.rathausbot.evaluation;

import java.util.List;

/**
 * Intent-level results: how often the classifier's decision was the expected label.
 *
 * @param inScopeAccuracy share of in-scope texts answered with their intent
 * @param oosRecall share of out-of-scope texts declined
 * @param oosPrecision share of declined texts that were out of scope
 * @param macroF1 F1 averaged over the labels of the tests (out of scope is one of them)
 * @param trainMs time to train (per fold when cross-validating)
 * @param threshold the confidence below which the bot declined
 * @param reliability confidence bins with how often the best candidate was right (when
 * cross-validating)
 */
record LabelReport(int cases, double inScopeAccuracy, double oosRecall, double oosPrecision, double macroF1,
		long trainMs, double p50Ms, double p99Ms, double threshold, List<IntentRow> perIntent,
		List<Confusion> confusions, List<ReliabilityBin> reliability) {

	record IntentRow(String intent, int support, double precision, double recall, double f1) {
	}

	record Confusion(String expected, String got, int count) {
	}

	record ReliabilityBin(String confidence, int cases, double meanConfidence, double accuracy) {
	}

	/** The one-line JSON summary, without the tables. */
	String summaryJson() {
		return "{\"cases\":" + this.cases + ",\"inScopeAccuracy\":" + this.inScopeAccuracy + ",\"oosRecall\":"
				+ this.oosRecall + ",\"oosPrecision\":" + this.oosPrecision + ",\"macroF1\":" + this.macroF1
				+ ",\"trainMs\":" + this.trainMs + ",\"p50Ms\":" + this.p50Ms + ",\"p99Ms\":" + this.p99Ms
				+ ",\"threshold\":" + this.threshold + "}";
	}

}
