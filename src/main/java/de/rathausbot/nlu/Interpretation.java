package de.rathausbot.nlu;

import java.util.List;
import java.util.Optional;

/**
 * What the classifier made of a question: candidates best first, the normalized terms it
 * saw (those of its nouns separately), and how many of its nouns the content does not
 * know.
 *
 * @param calibration how the model that made this interpretation turns raw scores into
 * confidences (for candidates the dialogue merges)
 */
public record Interpretation(List<Candidate> candidates, List<String> terms, int unknownNouns, List<String> nounTerms,
		Calibration calibration) {

	public Interpretation {
		candidates = List.copyOf(candidates);
		terms = List.copyOf(terms);
		nounTerms = List.copyOf(nounTerms);
	}

	public Optional<Candidate> best() {
		return this.candidates.isEmpty() ? Optional.empty() : Optional.of(this.candidates.get(0));
	}

}
