package de.rathausbot.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import de.rathausbot.intents.LabelledExample;
import de.rathausbot.nlu.Calibration;
import de.rathausbot.nlu.Candidate;
import de.rathausbot.nlu.Interpretation;

/**
 * What the classifier made of one labelled text: its two best candidates, so that the
 * decision can be re-scored at any threshold and margin without classifying again.
 *
 * @param rawGap how far apart the two best candidates are before calibration (what the
 * margin is compared with)
 */
record Prediction(String expected, String best, double confidence, String second, double secondConfidence,
		double rawGap, long nanos) {

	/**
	 * @param target what a label answers: labels with the same target are one candidate
	 * (the stronger one counts)
	 */
	static Prediction of(LabelledExample example, Interpretation interpretation, UnaryOperator<String> target,
			long nanos) {
		List<String> labels = new ArrayList<>(2);
		List<Candidate> candidates = new ArrayList<>(2);
		for (Candidate candidate : interpretation.candidates()) {
			String label = target.apply(candidate.label());
			if (!labels.contains(label)) {
				labels.add(label);
				candidates.add(candidate);
			}
		}
		boolean two = labels.size() > 1;
		return new Prediction(target.apply(example.label()),
				labels.isEmpty() ? LabelledExample.OUT_OF_SCOPE : labels.get(0),
				labels.isEmpty() ? 0 : candidates.get(0).confidence(), two ? labels.get(1) : null,
				two ? candidates.get(1).confidence() : 0, two ? candidates.get(0).raw() - candidates.get(1).raw() : 1,
				nanos);
	}

	boolean expectsOutOfScope() {
		return LabelledExample.OUT_OF_SCOPE.equals(this.expected);
	}

	/** The label the bot acts on at this threshold: out of scope when unsure. */
	String decided(double threshold) {
		return this.confidence >= threshold ? this.best : LabelledExample.OUT_OF_SCOPE;
	}

	/** Whether the best candidate is what was expected (for calibration). */
	boolean bestIsRight() {
		return this.best.equals(this.expected);
	}

	/**
	 * Whether the expected label is one of the two best (a clarification would offer it).
	 */
	boolean offers() {
		return this.best.equals(this.expected) || this.expected.equals(this.second);
	}

	/** The same prediction expecting another label. */
	Prediction expecting(String label) {
		return new Prediction(label, this.best, this.confidence, this.second, this.secondConfidence, this.rawGap,
				this.nanos);
	}

	/** The same prediction with both raw scores calibrated. */
	Prediction calibrated(Calibration calibration) {
		return new Prediction(this.expected, this.best, calibration.apply(this.confidence), this.second,
				this.second == null ? 0 : calibration.apply(this.secondConfidence), this.rawGap, this.nanos);
	}

}
