package de.rathausbot.nlu;

import java.util.Map;
import java.util.Set;

/**
 * A signal trained on some labels only (intents and services, beside pages that the
 * passages signal reads): the other labels are judged without it rather than scored 0.
 */
record ReadingOnly(Signal signal, Set<String> reads) implements Signal {

	ReadingOnly {
		reads = Set.copyOf(reads);
	}

	@Override
	public String name() {
		return this.signal.name();
	}

	@Override
	public Map<String, Double> score(AnalyzedText question) {
		return this.signal.score(question);
	}

}
