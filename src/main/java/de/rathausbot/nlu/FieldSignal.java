package de.rathausbot.nlu;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * BM25F over the fields of each label (Robertson, Zaragoza and Taylor, 2004): a word in a
 * service's name or keywords counts more than one in its long description, and each
 * field's length is normalised on its own. The question is read as concepts, each with
 * weighted alternatives (stems, the administration's word, a typo correction, thesaurus
 * synonyms); a label matches a concept through its best alternative. The score is the
 * share of the question's information a label explains: the idf-weighted matches over
 * what a label matching every concept fully would get, so a question with words the
 * content has never seen ("Hundesteuer") scores low everywhere.
 */
final class FieldSignal implements Signal {

	/** Length normalisation per field: short fields hardly, long texts fully. */
	private static final Map<TrainingExample.Field, Double> B = Map.of(TrainingExample.Field.NAME, 0.3,
			TrainingExample.Field.PHRASING, 0.5, TrainingExample.Field.SUMMARY, 0.75, TrainingExample.Field.DETAILS,
			0.75, TrainingExample.Field.PASSAGE, 0.75);

	/**
	 * A word that is not a noun and unknown to the content hints less at another topic.
	 */
	private static final double UNKNOWN_OTHER_WORD = 0.5;

	private final List<String> labels = new ArrayList<>();

	/** Term → label index → weighted, length-normalised frequency summed over fields. */
	private final ConceptPostings postings = new ConceptPostings();

	private final double unknownIdf;

	FieldSignal(List<LabelledText> training, NluProperties.FieldWeights weights) {
		Map<String, Integer> index = new HashMap<>();
		// label → field → term → frequency, and field lengths
		List<Map<TrainingExample.Field, Map<String, Double>>> frequencies = new ArrayList<>();
		List<Map<TrainingExample.Field, Double>> lengths = new ArrayList<>();
		for (LabelledText example : training) {
			if (IntentClassifier.OUT_OF_SCOPE.equals(example.label())) {
				continue;
			}
			int label = index.computeIfAbsent(example.label(), l -> {
				this.labels.add(l);
				frequencies.add(new EnumMap<>(TrainingExample.Field.class));
				lengths.add(new EnumMap<>(TrainingExample.Field.class));
				return this.labels.size() - 1;
			});
			Map<String, Double> tf = frequencies.get(label).computeIfAbsent(example.field(), f -> new HashMap<>());
			example.text().indexTerms().forEach((term, count) -> tf.merge(term, count, Double::sum));
			lengths.get(label).merge(example.field(), (double) example.text().terms().size(), Double::sum);
		}
		Map<TrainingExample.Field, Double> averages = averageLengths(lengths);
		for (int label = 0; label < this.labels.size(); label++) {
			for (Map.Entry<TrainingExample.Field, Map<String, Double>> field : frequencies.get(label).entrySet()) {
				double weight = weight(weights, field.getKey());
				double b = B.get(field.getKey());
				double norm = 1 - b + b * lengths.get(label).get(field.getKey()) / averages.get(field.getKey());
				for (Map.Entry<String, Double> term : field.getValue().entrySet()) {
					this.postings.add(term.getKey(), label, weight * term.getValue() / norm);
				}
			}
		}
		this.postings.sort();
		int n = Math.max(1, this.labels.size());
		this.unknownIdf = Math.log(1 + (n + 0.5) / 0.5);
	}

	private static Map<TrainingExample.Field, Double> averageLengths(List<Map<TrainingExample.Field, Double>> lengths) {
		Map<TrainingExample.Field, double[]> sums = new EnumMap<>(TrainingExample.Field.class);
		lengths.forEach(l -> l.forEach((field, length) -> {
			double[] sum = sums.computeIfAbsent(field, f -> new double[2]);
			sum[0] += length;
			sum[1]++;
		}));
		Map<TrainingExample.Field, Double> averages = new EnumMap<>(TrainingExample.Field.class);
		sums.forEach((field, sum) -> averages.put(field, Math.max(1, sum[0] / sum[1])));
		return averages;
	}

	private static double weight(NluProperties.FieldWeights weights, TrainingExample.Field field) {
		return switch (field) {
			case NAME -> weights.name();
			case PHRASING -> weights.phrasing();
			case SUMMARY -> weights.summary();
			case DETAILS, PASSAGE -> weights.details();
		};
	}

	/**
	 * The share of its configured weight the signal gets for some content: full when at
	 * least half of the labels are described (services with a summary or details, as in a
	 * catalogue), less the fewer are. Intents with many examples are found well by the
	 * signals that compare examples; the long texts of services are what this signal
	 * reads. Measured: on the Munich catalogue (70% described) the signal at full weight
	 * finds 5 in 100 more questions' services first; on the demo content (10% described)
	 * full weight lost 3 of 62 development questions, a fifth lost none.
	 */
	static double share(List<LabelledText> training) {
		Set<String> labels = new HashSet<>();
		Set<String> described = new HashSet<>();
		for (LabelledText example : training) {
			if (IntentClassifier.OUT_OF_SCOPE.equals(example.label())) {
				continue;
			}
			labels.add(example.label());
			if (example.field() == TrainingExample.Field.SUMMARY || example.field() == TrainingExample.Field.DETAILS
					|| example.field() == TrainingExample.Field.PASSAGE) {
				described.add(example.label());
			}
		}
		return labels.isEmpty() ? 0 : Math.min(1, 2.0 * described.size() / labels.size());
	}

	@Override
	public String name() {
		return "fields";
	}

	@Override
	public Map<String, Double> score(AnalyzedText question) {
		Map<Integer, Double> scores = new HashMap<>();
		double ideal = 0;
		int n = this.labels.size();
		for (Concept concept : question.concepts()) {
			// the labels with each one's best alternative: how well and by what weight
			ConceptPostings.Matches matches = this.postings.match(concept);
			Map<Integer, Double> matched = matches.matched();
			Map<Integer, Double> weight = matches.weight();
			boolean noun = concept.importance() >= 1;
			if (matched.isEmpty()) {
				ideal += concept.importance() * (noun ? this.unknownIdf : UNKNOWN_OTHER_WORD * this.unknownIdf);
				continue;
			}
			// one idf for the concept, over the labels that have any of its alternatives
			// (weighted): synonyms are one word, and a broad sense is a common word
			double df = weight.values().stream().mapToDouble(Double::doubleValue).sum();
			double idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
			ideal += concept.importance() * idf;
			matched.forEach((label, value) -> scores.merge(label, concept.importance() * idf * value, Double::sum));
		}
		Map<String, Double> byLabel = new HashMap<>();
		if (ideal > 0) {
			double total = ideal;
			scores.forEach((label, score) -> byLabel.put(this.labels.get(label), Math.min(1, score / total)));
		}
		return byLabel;
	}

}
