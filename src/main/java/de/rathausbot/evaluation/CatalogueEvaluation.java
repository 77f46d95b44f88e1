package de.rathausbot.evaluation;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import de.rathausbot.knowledge.KnowledgeItem;
import de.rathausbot.knowledge.ServiceCatalogue;
import de.rathausbot.nlu.Candidate;
import de.rathausbot.nlu.ContentWords;
import de.rathausbot.nlu.Folds;
import de.rathausbot.nlu.IntentClassifier;
import de.rathausbot.nlu.Interpretation;
import de.rathausbot.nlu.TrainedModel;
import de.rathausbot.nlu.TrainingExample;
import de.rathausbot.training.TrainingExamples;

/**
 * How well the bot finds the services of an imported catalogue: the catalogue is imported
 * without its staff keywords, and every keyword is asked as a question. A keyword is
 * found when its service is the best candidate (top-1) or among the best three (top-3).
 */
final class CatalogueEvaluation {

	private static final int SHOWN_MISSES = 25;

	private final IntentClassifier classifier;

	private final PrintStream out;

	CatalogueEvaluation(IntentClassifier classifier, PrintStream out) {
		this.classifier = classifier;
		this.out = out;
	}

	/** One keyword asked: the service it belongs to and where that service ranked. */
	record Query(String keyword, String expected, int rank, List<String> labels, long nanos) {

		String best() {
			return this.labels.isEmpty() ? "" : this.labels.get(0);
		}

	}

	/**
	 * @param top1 share of keywords whose service came first
	 * @param top3 share of keywords whose service was among the first three
	 * @param top3Any share of keywords for which any service listing the keyword was
	 * among the first three
	 * @param top3Ceiling the best top-3 share possible (keywords shared by more than
	 * three services)
	 * @param crossValidatedTop3 top-3 share when the other folds' keywords were imported,
	 * or null
	 */
	record Result(int services, int contacts, int examples, int keywords, double top1, double top3, double top3Any,
			double top3Ceiling, Double crossValidatedTop3, long trainMs, double p50Ms, double p99Ms, List<Query> misses,
			Baseline baseline) {

		String summaryJson() {
			return String.format(Locale.ROOT,
					"{\"services\":%d,\"contacts\":%d,\"examples\":%d,\"keywords\":%d,\"top1\":%.3f,\"top3\":%.3f,"
							+ "\"top3Any\":%.3f,\"top3Ceiling\":%.3f,\"crossValidatedTop3\":%s,\"trainMs\":%d,"
							+ "\"p50Ms\":%.3f,\"p99Ms\":%.3f}",
					this.services, this.contacts, this.examples, this.keywords, this.top1, this.top3, this.top3Any,
					this.top3Ceiling,
					this.crossValidatedTop3 == null ? "null"
							: String.format(Locale.ROOT, "%.3f", this.crossValidatedTop3),
					this.trainMs, this.p50Ms, this.p99Ms);
		}

	}

	/**
	 * The same keywords asked of a plain BM25 over each service's name and description
	 * ({@link SiteSearch}).
	 */
	record Baseline(double top1, double top3, double top3Any) {

		String summaryJson() {
			return String.format(Locale.ROOT, "{\"baseline\":\"bm25\",\"top1\":%.3f,\"top3\":%.3f,\"top3Any\":%.3f}",
					this.top1, this.top3, this.top3Any);
		}

	}

	/**
	 * @param folds 0 for the withheld-keywords test only; K to also run K-fold
	 * cross-validation over the keywords (the other folds' keywords imported)
	 */
	Result run(Path servicesFile, Path locationsFile, int folds) {
		return run(servicesFile, locationsFile, folds, false);
	}

	/**
	 * @param baseline whether to ask the keywords of the site-search baseline too
	 */
	Result run(Path servicesFile, Path locationsFile, int folds, boolean baseline) {
		ServiceCatalogue catalogue = ServiceCatalogue.read(servicesFile, locationsFile, false);
		List<KnowledgeItem> items = new ArrayList<>(catalogue.services());
		items.addAll(catalogue.contacts());
		List<Asked> asked = new ArrayList<>();
		catalogue.keywords().forEach((id, words) -> words.forEach(w -> asked.add(new Asked(w, "service:" + id))));
		Map<String, Set<String>> servicesOf = new HashMap<>();
		asked.forEach(a -> servicesOf.computeIfAbsent(a.keyword().toLowerCase(Locale.ROOT), k -> new HashSet<>())
			.add(a.service()));
		long start = System.nanoTime();
		List<TrainingExample> examples = TrainingExamples.fromKnowledge(items);
		TrainedModel model = train(examples);
		long trainMs = (System.nanoTime() - start) / 1_000_000;
		// warm-up, so the latencies are those of a running server
		asked.forEach(a -> model.classifyAnew(a.keyword()));
		List<Query> queries = ask(model, asked);
		long[] nanos = queries.stream().mapToLong(Query::nanos).sorted().toArray();
		Double crossValidatedTop3 = folds > 1 ? crossValidate(items, asked, folds) : null;
		Result result = new Result(catalogue.services().size(), catalogue.contacts().size(), examples.size(),
				queries.size(), share(queries, 1), share(queries, 3), anyShare(queries, servicesOf, 3),
				ceiling(servicesOf, asked.size()), crossValidatedTop3, trainMs, percentile(nanos, 0.5),
				percentile(nanos, 0.99), queries.stream().filter(q -> q.rank() == 0 || q.rank() > 3).toList(),
				baseline ? baseline(catalogue, asked, servicesOf) : null);
		print(result);
		return result;
	}

	private record Asked(String keyword, String service) {
	}

	/** The keywords asked of a plain BM25 over the services' names and descriptions. */
	private static Baseline baseline(ServiceCatalogue catalogue, List<Asked> asked,
			Map<String, Set<String>> servicesOf) {
		SiteSearch search = new SiteSearch();
		catalogue.services()
			.forEach(s -> search.add(s.ref(), s.name() + " " + s.summary() + " " + s.details().orElse("")));
		List<Query> queries = new ArrayList<>();
		for (Asked question : asked) {
			List<String> found = search.search(question.keyword(), 3);
			queries.add(
					new Query(question.keyword(), question.service(), found.indexOf(question.service()) + 1, found, 0));
		}
		return new Baseline(share(queries, 1), share(queries, 3), anyShare(queries, servicesOf, 3));
	}

	/** Without calibration: it does not change the order of the candidates. */
	private TrainedModel train(List<TrainingExample> examples) {
		return this.classifier.trainSeparately(examples, ContentWords.NONE,
				this.classifier.properties().withCalibrationFolds(0), UnaryOperator.identity());
	}

	private static List<Query> ask(TrainedModel model, List<Asked> asked) {
		List<Query> queries = new ArrayList<>();
		for (Asked question : asked) {
			long t = System.nanoTime();
			Interpretation interpretation = model.classifyAnew(question.keyword());
			long nanos = System.nanoTime() - t;
			List<String> labels = interpretation.candidates().stream().map(Candidate::label).toList();
			queries.add(new Query(question.keyword(), question.service(), labels.indexOf(question.service()) + 1,
					labels, nanos));
		}
		return queries;
	}

	/**
	 * K-fold over the keywords: each keyword asked of a model that learnt the other
	 * folds' keywords as its services' synonyms. Top-3 share.
	 */
	private double crossValidate(List<KnowledgeItem> items, List<Asked> asked, int k) {
		List<List<Asked>> folds = Folds.stratified(asked, k, Asked::service);
		List<Query> pooled = new ArrayList<>();
		for (int f = 0; f < k; f++) {
			List<TrainingExample> examples = new ArrayList<>(TrainingExamples.fromKnowledge(items));
			Folds.allBut(folds, f).forEach(a -> examples.add(new TrainingExample(a.service(), a.keyword())));
			pooled.addAll(ask(train(examples), folds.get(f)));
		}
		return share(pooled, 3);
	}

	/** The best top-3 share possible: a keyword of five services can find only three. */
	private static double ceiling(Map<String, Set<String>> servicesOf, int keywords) {
		return keywords == 0 ? 0
				: servicesOf.values().stream().mapToInt(s -> Math.min(3, s.size())).sum() / (double) keywords;
	}

	/** Share of keywords for which any service listing that keyword is in the top. */
	private static double anyShare(List<Query> queries, Map<String, Set<String>> servicesOf, int top) {
		return queries.isEmpty() ? 0 : (double) queries.stream().filter(q -> {
			Set<String> right = servicesOf.get(q.keyword().toLowerCase(Locale.ROOT));
			return q.labels().stream().limit(top).anyMatch(right::contains);
		}).count() / queries.size();
	}

	private void print(Result result) {
		this.out.println(result.summaryJson());
		if (result.baseline() != null) {
			this.out.println("site search: " + result.baseline().summaryJson());
		}
		if (!result.misses().isEmpty()) {
			this.out.println();
			this.out.println("not in the top 3 (" + result.misses().size() + "), first " + SHOWN_MISSES + ":");
			result.misses()
				.stream()
				.limit(SHOWN_MISSES)
				.forEach(q -> this.out.println("  " + q.keyword() + "  →  " + q.best() + "  (expected " + q.expected()
						+ (q.rank() > 0 ? ", rank " + q.rank() : ", not among the candidates") + ")"));
		}
	}

	private static double share(List<Query> queries, int top) {
		return queries.isEmpty() ? 0
				: (double) queries.stream().filter(q -> q.rank() >= 1 && q.rank() <= top).count() / queries.size();
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1);
		return Arrays.stream(sorted).skip(Math.max(0, index)).findFirst().orElse(0) / 1_000_000.0;
	}

}
