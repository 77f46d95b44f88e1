package de.rathausbot.dialogue;

import java.util.List;
import java.util.Map;

import de.rathausbot.nlu.Interpretation;

/**
 * Why the bot would answer a question as it does, for staff: the terms it read and the
 * candidates it weighed, best first, each with its confidence, raw score and the score of
 * each signal.
 */
public record Explanation(List<String> terms, List<Scored> candidates) {

	public Explanation {
		terms = List.copyOf(terms);
		candidates = List.copyOf(candidates);
	}

	/** A candidate label and its scores. */
	public record Scored(String label, double confidence, double raw, Map<String, Double> signals) {
	}

	static Explanation of(Interpretation interpretation) {
		return new Explanation(interpretation.terms(),
				interpretation.candidates()
					.stream()
					.map(c -> new Scored(c.label(), c.confidence(), c.raw(), c.signals()))
					.toList());
	}

}
