package de.rathausbot.nlu;

import java.util.List;

/**
 * Turns the ensemble's raw scores into probabilities, fitted by logistic regression on
 * predictions for texts the model did not see (cross-validation folds of the content's
 * names, synonyms and examples):
 * <ul>
 * <li>the confidence that the best candidate is right, {@code σ(a·raw + b)} (Platt
 * scaling);</li>
 * <li>the chance that the right answer is among the few best candidates, {@code σ(offerA
 * · raw + offerB)}: whether asking back is worth it when the bot is not sure.</li>
 * </ul>
 * A sigmoid keeps the order of the candidates and their distances meaningful (a step
 * function would make distinct candidates tie, and the dialogue ask back). How far the
 * best candidate is ahead of the next is left to the margin: as a feature of the
 * calibration it predicted the held-out folds better, but made a small content answer
 * questions it should decline (one weak match far ahead of nothing).
 */
public record Calibration(double a, double b, double offerA, double offerB) {

	/** No calibration: the raw score is the confidence. */
	public static final Calibration NONE = new Calibration(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

	/**
	 * The best candidate's raw score, whether it was right, and whether the right answer
	 * was among the best few.
	 */
	public record Observation(double raw, boolean right, boolean offered) {

		public Observation(double raw, boolean right) {
			this(raw, right, right);
		}

	}

	/** The probability that a candidate with this raw score is right. */
	public double apply(double raw) {
		if (isNone()) {
			return raw;
		}
		return sigmoid(this.a * raw + this.b);
	}

	/** The probability that the right answer is among the best few candidates. */
	public double offer(double raw) {
		if (isNone()) {
			return raw;
		}
		return sigmoid(this.offerA * raw + this.offerB);
	}

	private boolean isNone() {
		return this == NONE || Double.isNaN(this.a);
	}

	private static double sigmoid(double x) {
		return 1 / (1 + Math.exp(-x));
	}

	/**
	 * Fits both by Newton's method, with Platt's smoothed targets so that a perfectly
	 * separated set does not drive the slope to infinity; too few observations (or only
	 * right or only wrong ones) give {@link #NONE}.
	 */
	public static Calibration fit(List<Observation> observations) {
		int n = observations.size();
		double[][] raw = new double[n][];
		boolean[] right = new boolean[n];
		boolean[] offered = new boolean[n];
		for (int i = 0; i < n; i++) {
			Observation o = observations.get(i);
			raw[i] = new double[] { o.raw(), 1 };
			right[i] = o.right();
			offered[i] = o.offered();
		}
		double[] main = LogisticFit.fit(raw, right);
		if (main == null || main[0] <= 0) {
			return NONE;
		}
		double[] offer = LogisticFit.fit(raw, offered);
		if (offer == null || offer[0] <= 0) {
			// hardly anything missed the few best: as sure as the best alone
			offer = main;
		}
		return new Calibration(main[0], main[1], offer[0], offer[1]);
	}

}
