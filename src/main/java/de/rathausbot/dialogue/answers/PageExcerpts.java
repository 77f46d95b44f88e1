package de.rathausbot.dialogue.answers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.rathausbot.knowledge.Page;
import de.rathausbot.knowledge.Passage;
import de.rathausbot.nlu.TrainedModel;

/**
 * Picks what a page says to a question: the passage that answers most of it, and in it
 * the best line with the lines that follow it (at most {@link #LINES}), in the page's own
 * words. A page that shares some words with the question but has no passage answering
 * enough of it gives no excerpt: the bot then says honestly that it cannot help.
 */
public final class PageExcerpts {

	/** At most this many lines of a passage are quoted. */
	static final int LINES = 3;

	private final double minimumShare;

	/**
	 * @param minimumShare the share of the question a passage must answer (words weighted
	 * by importance and rarity), see {@link TrainedModel#relevance}
	 */
	public PageExcerpts(double minimumShare) {
		this.minimumShare = minimumShare;
	}

	/** Lines quoted from a page, in its order. */
	public record Excerpt(Page page, Passage passage, List<Passage.Line> lines) {

		public Excerpt {
			lines = List.copyOf(lines);
		}

	}

	public Optional<Excerpt> excerpt(TrainedModel model, String question, Page page) {
		List<String> passageTexts = page.passages().stream().map(p -> page.title() + "\n" + p.text()).toList();
		List<Double> passageShares = model.relevance(question, passageTexts);
		int best = 0;
		for (int p = 1; p < passageShares.size(); p++) {
			if (passageShares.get(p) > passageShares.get(best)) {
				best = p;
			}
		}
		if (passageShares.isEmpty() || passageShares.get(best) < this.minimumShare) {
			return Optional.empty();
		}
		Passage passage = page.passages().get(best);
		List<Passage.Line> lines = passage.lines();
		List<Double> lineShares = model.relevance(question, lines.stream().map(Passage.Line::text).toList());
		int first = -1;
		for (int l = 0; l < lines.size(); l++) {
			if (!lines.get(l).heading() && (first < 0 || lineShares.get(l) > lineShares.get(first))) {
				first = l;
			}
		}
		if (first < 0) {
			first = 0;
		}
		List<Passage.Line> quoted = new ArrayList<>();
		for (int l = first; l < lines.size() && quoted.size() < LINES; l++) {
			if (!lines.get(l).heading()) {
				quoted.add(lines.get(l));
			}
		}
		return Optional.of(new Excerpt(page, passage, quoted));
	}

}
