package de.rathausbot.evaluation;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an evaluation: shares passed per category, overall, latency of whole
 * answers and of the matcher alone ({@code nlu*}), each failure, and, with a language
 * model configured, what became of the answers it was asked for ({@code generated},
 * {@code rejected}, …).
 */
record Report(int cases, Map<String, Double> categories, double overall, double p50Ms, double p99Ms, double nluP50Ms,
		double nluP99Ms, List<Failure> failures, Map<String, Long> languageModel) {

	/** The one-line JSON summary. */
	String summaryJson() {
		return "{\"cases\":" + this.cases + ",\"inScope\":" + this.categories.get("inScope") + ",\"outOfScope\":"
				+ this.categories.get("outOfScope") + ",\"near\":" + this.categories.get("near") + ",\"timed\":"
				+ this.categories.get("timed") + ",\"overall\":" + this.overall + ",\"p50Ms\":" + this.p50Ms
				+ ",\"p99Ms\":" + this.p99Ms + ",\"nluP50Ms\":" + this.nluP50Ms + ",\"nluP99Ms\":" + this.nluP99Ms
				+ (this.languageModel.isEmpty() ? "" : ",\"languageModel\":" + languageModelJson()) + "}";
	}

	private String languageModelJson() {
		StringBuilder json = new StringBuilder("{");
		this.languageModel.forEach((result, count) -> json.append(json.length() > 1 ? "," : "")
			.append('"')
			.append(result)
			.append("\":")
			.append(count));
		return json.append('}').toString();
	}

	/**
	 * @param candidates the classifier's top candidates with signal scores, to see why
	 */
	record Failure(String question, String expected, String got, String intent, double confidence, String candidates) {
	}

}
