package de.rathausbot.nlu;

/**
 * Logistic regression by Newton's method for a few features, with Platt's smoothed
 * targets ({@code (right + 1) / (right + 2)} and {@code 1 / (wrong + 2)}) so that
 * separable data gives finite coefficients.
 */
final class LogisticFit {

	private static final int MIN_PER_CLASS = 5;

	private static final int MAX_ITERATIONS = 100;

	/** A ridge that keeps the Newton step defined when a feature is constant. */
	private static final double RIDGE = 1e-6;

	private LogisticFit() {
	}

	/**
	 * @param x one row of features per observation (include a constant 1 for the
	 * intercept)
	 * @return the coefficients, or null with fewer than five observations of either class
	 */
	static double[] fit(double[][] x, boolean[] y) {
		long positive = 0;
		for (boolean b : y) {
			positive += b ? 1 : 0;
		}
		long negative = y.length - positive;
		if (positive < MIN_PER_CLASS || negative < MIN_PER_CLASS) {
			return null;
		}
		int d = x[0].length;
		double hi = (positive + 1.0) / (positive + 2.0);
		double lo = 1.0 / (negative + 2.0);
		double[] w = new double[d];
		for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
			double[] gradient = new double[d];
			double[][] hessian = new double[d][d];
			for (int i = 0; i < x.length; i++) {
				double z = 0;
				for (int j = 0; j < d; j++) {
					z += w[j] * x[i][j];
				}
				double p = 1 / (1 + Math.exp(-z));
				double residual = p - (y[i] ? hi : lo);
				double weight = p * (1 - p);
				for (int j = 0; j < d; j++) {
					gradient[j] += residual * x[i][j];
					for (int k = 0; k < d; k++) {
						hessian[j][k] += weight * x[i][j] * x[i][k];
					}
				}
			}
			for (int j = 0; j < d; j++) {
				hessian[j][j] += RIDGE;
			}
			double[] step = solve(hessian, gradient);
			if (step == null) {
				break;
			}
			double largest = 0;
			for (int j = 0; j < d; j++) {
				w[j] -= step[j];
				largest = Math.max(largest, Math.abs(step[j]));
			}
			if (largest < 1e-7) {
				break;
			}
		}
		return w;
	}

	/**
	 * Solves {@code a · s = b} by Gaussian elimination with pivoting; null if singular.
	 */
	private static double[] solve(double[][] a, double[] b) {
		int n = b.length;
		double[][] m = new double[n][n + 1];
		for (int i = 0; i < n; i++) {
			System.arraycopy(a[i], 0, m[i], 0, n);
			m[i][n] = b[i];
		}
		for (int col = 0; col < n; col++) {
			int pivot = col;
			for (int row = col + 1; row < n; row++) {
				if (Math.abs(m[row][col]) > Math.abs(m[pivot][col])) {
					pivot = row;
				}
			}
			if (Math.abs(m[pivot][col]) < 1e-12) {
				return null;
			}
			double[] swap = m[col];
			m[col] = m[pivot];
			m[pivot] = swap;
			for (int row = col + 1; row < n; row++) {
				double factor = m[row][col] / m[col][col];
				for (int k = col; k <= n; k++) {
					m[row][k] -= factor * m[col][k];
				}
			}
		}
		double[] s = new double[n];
		for (int row = n - 1; row >= 0; row--) {
			double sum = m[row][n];
			for (int k = row + 1; k < n; k++) {
				sum -= m[row][k] * s[k];
			}
			s[row] = sum / m[row][row];
		}
		return s;
	}

}
