package de.rathausbot.nlu;

import java.util.Map;
import java.util.Set;

/** One way of judging how well a question fits each label; scores are in [0, 1]. */
interface Signal {

	String name();

	/** Scores of the labels that fit at all; absent labels score 0. */
	Map<String, Double> score(AnalyzedText question);

	/**
	 * The labels this signal can read at all, or null for every label: a label it cannot
	 * read is judged by the other signals alone.
	 */
	default Set<String> reads() {
		return null;
	}

}
