package de.rathausbot.nlu;

import java.util.List;

/**
 * Platt scaling: turns the ensemble's raw score into the probability that the best
 * candidate is right, {@code 1 / (1 + exp(-(a * raw + b)))}, fitted by logistic
 * regression on predictions for texts the model did not see (cross-validation folds). A
 * sigmoid keeps the order of the candidates and their distances meaningful (a step
 * function would make distinct candidates tie, and the dialogue ask back).
 */
public record Calibration(double a, double b) {

	/** No calibration: the raw score is the confidence. */
	public static final Calibration NONE = new Calibration(Double.NaN, Double.NaN);

	/** A raw score and whether the best candidate with it was right. */
	public record Observation(double raw, boolean right) {
	}

	public double apply(double raw) {
		if (this == NONE || Double.isNaN(this.a)) {
			return raw;
		}
		return 1 / (1 + Math.exp(-(this.a * raw + this.b)));
	}

	/**
	 * Fits by Newton's method, with Platt's smoothed targets so that a perfectly
	 * separated set does not drive the slope to infinity; too few observations (or only
	 * right or only wrong ones) give {@link #NONE}.
	 */
	public static Calibration fit(List<Observation> observations) {
		long right = observations.stream().filter(Observation::right).count();
		long wrong = observations.size() - right;
		if (right < 5 || wrong < 5) {
			return NONE;
		}
		double hi = (right + 1.0) / (right + 2.0);
		double lo = 1.0 / (wrong + 2.0);
		double a = 5;
		double b = -2.5;
		for (int iteration = 0; iteration < 100; iteration++) {
			double ga = 0;
			double gb = 0;
			double haa = 1e-9;
			double hab = 0;
			double hbb = 1e-9;
			for (Observation o : observations) {
				double p = 1 / (1 + Math.exp(-(a * o.raw() + b)));
				double t = o.right() ? hi : lo;
				double d = p - t;
				double w = p * (1 - p);
				ga += d * o.raw();
				gb += d;
				haa += w * o.raw() * o.raw();
				hab += w * o.raw();
				hbb += w;
			}
			double det = haa * hbb - hab * hab;
			if (Math.abs(det) < 1e-12) {
				break;
			}
			double da = (hbb * ga - hab * gb) / det;
			double db = (haa * gb - hab * ga) / det;
			a -= da;
			b -= db;
			if (Math.abs(da) < 1e-7 && Math.abs(db) < 1e-7) {
				break;
			}
		}
		return a > 0 ? new Calibration(a, b) : NONE;
	}

}
