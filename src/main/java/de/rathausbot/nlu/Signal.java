package de.rathausbot.nlu;

import java.util.Map;

/** One way of judging how well a question fits each label; scores are in [0, 1]. */
interface Signal {

	String name();

	/** Scores of the labels that fit at all; absent labels score 0. */
	Map<String, Double> score(AnalyzedText question);

}
