package de.rathausbot.nlu;

import java.util.Map;

/**
 * A label the question may mean, with the ensemble confidence and each signal's score
 * (for staff: why).
 */
public record Candidate(String label, double confidence, Map<String, Double> signals) {

	public Candidate {
		signals = Map.copyOf(signals);
	}

	/**
	 * The ensemble score before calibration: how far apart two candidates are is judged
	 * on it (calibration squeezes the top of the scale together).
	 */
	public double raw() {
		return this.signals.getOrDefault("raw", this.confidence);
	}

}
