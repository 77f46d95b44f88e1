package de.rathausbot.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the labels that consist of passages (the pages of a website, FAQ entries): each
 * passage (a heading with its paragraphs, the page's title included) is a document, and
 * so is the whole label. Both are scored like the {@link FieldSignal fields signal}
 * scores a label — the share of the question's information they explain, each word
 * weighted by its rarity — and a label scores the mean of its whole text and its best
 * passage: a question is about one part of a page, but asked in words from its title and
 * elsewhere.
 */
final class PassageSignal implements Signal {

	static final String NAME = "passages";

	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[0-9.,:/-]+");

	/**
	 * How much a word of the passages counts in the whole text against one of the title.
	 */
	private static final double TEXT_WEIGHT = 0.4;

	/** Length normalisation: passages differ in length less than whole pages. */
	private static final double B = 0.5;

	/** The label of each passage. */
	private final List<String> passageLabels = new ArrayList<>();

	private final ConceptPostings passages = new ConceptPostings();

	/** The labels read, each as one document. */
	private final List<String> labels;

	private final ConceptPostings wholes = new ConceptPostings();

	private final Set<String> read;

	PassageSignal(List<LabelledText> training) {
		this.read = labels(training);
		this.labels = List.copyOf(this.read);
		List<LabelledText> own = training.stream().filter(t -> this.read.contains(t.label())).toList();
		List<LabelledText> passages = own.stream().filter(t -> t.field() == TrainingExample.Field.PASSAGE).toList();
		double average = Math.max(1, passages.stream().mapToInt(p -> p.text().terms().size()).average().orElse(1));
		for (LabelledText passage : passages) {
			int document = this.passageLabels.size();
			this.passageLabels.add(passage.label());
			double norm = 1 - B + B * passage.text().terms().size() / average;
			passage.text().indexTerms().forEach((term, count) -> this.passages.add(term, document, count / norm));
		}
		this.passages.sort();
		Map<String, Integer> index = new HashMap<>();
		for (int i = 0; i < this.labels.size(); i++) {
			index.put(this.labels.get(i), i);
		}
		Map<Integer, Double> lengths = new HashMap<>();
		own.forEach(t -> lengths.merge(index.get(t.label()), (double) t.text().terms().size(), Double::sum));
		double averageWhole = Math.max(1,
				lengths.values().stream().mapToDouble(Double::doubleValue).average().orElse(1));
		for (LabelledText text : own) {
			int document = index.get(text.label());
			double norm = 1 - B + B * lengths.get(document) / averageWhole;
			// a word of the title or a phrasing says more than one somewhere in the text
			double weight = text.field() == TrainingExample.Field.PASSAGE ? TEXT_WEIGHT : 1;
			text.text().indexTerms().forEach((term, count) -> this.wholes.add(term, document, weight * count / norm));
		}
		this.wholes.sort();
	}

	/** The labels that have passages. */
	static Set<String> labels(List<LabelledText> training) {
		return training.stream()
			.filter(t -> t.field() == TrainingExample.Field.PASSAGE)
			.map(LabelledText::label)
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public Set<String> reads() {
		return this.read;
	}

	@Override
	public Map<String, Double> score(AnalyzedText question) {
		Map<String, Double> whole = new HashMap<>();
		explained(question, this.wholes, this.labels).forEach((label, share) -> whole.merge(label, share, Math::max));
		Map<String, Double> best = new HashMap<>();
		explained(question, this.passages, this.passageLabels)
			.forEach((label, share) -> best.merge(label, share, Math::max));
		Map<String, Double> scores = new HashMap<>();
		whole.forEach((label, share) -> scores.put(label, (share + best.getOrDefault(label, 0.0)) / 2));
		return scores;
	}

	/**
	 * For each document, the share of the question's information it explains (by the
	 * label the document belongs to: the best document of each label).
	 */
	private static Map<String, Double> explained(AnalyzedText question, ConceptPostings postings,
			List<String> documentLabels) {
		Map<Integer, Double> scores = new HashMap<>();
		int n = Math.max(1, documentLabels.size());
		double unknownIdf = Math.log(1 + (n + 0.5) / 0.5);
		double ideal = 0;
		for (Concept concept : question.concepts()) {
			if (NUMBER.matcher(concept.word()).matches()) {
				// a page's numbers are dates, phone numbers and amounts, found by the
				// dialogue itself: "Was war am 14.06.2021?" is not about a page with that
				// date in a list
				continue;
			}
			ConceptPostings.Matches matches = postings.match(concept);
			if (matches.matched().isEmpty()) {
				ideal += concept.importance() * unknownIdf;
				continue;
			}
			double df = matches.weight().values().stream().mapToDouble(Double::doubleValue).sum();
			double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
			ideal += concept.importance() * idf;
			matches.matched()
				.forEach((document, value) -> scores.merge(document, concept.importance() * idf * value, Double::sum));
		}
		Map<String, Double> byLabel = new HashMap<>();
		if (ideal > 0) {
			double total = ideal;
			scores.forEach((document, score) -> byLabel.merge(documentLabels.get(document), Math.min(1, score / total),
					Math::max));
		}
		return byLabel;
	}

}
