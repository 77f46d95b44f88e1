package de.rathausbot.nlu;

import java.util.List;
import java.util.Optional;

/**
 * What the classifier made of a question: candidates best first, and the normalized terms
 * it saw.
 */
public record Interpretation(List<Candidate> candidates, List<String> terms) {

	public Interpretation {
		candidates = List.copyOf(candidates);
		terms = List.copyOf(terms);
	}

	public Optional<Candidate> best() {
		return this.candidates.isEmpty() ? Optional.empty() : Optional.of(this.candidates.get(0));
	}

	public Optional<Candidate> runnerUp() {
		return this.candidates.size() < 2 ? Optional.empty() : Optional.of(this.candidates.get(1));
	}

}
