package de.rathausbot.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/** An immutable, trained ensemble: analyzer plus weighted signals. */
public final class TrainedModel {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TrainedModel.class);

	private static final int MAX_CANDIDATES = 5;

	private final TextAnalyzer analyzer;

	private final Map<Signal, Double> signals;

	/** The same weights by signal name. */
	private final Map<String, Double> weights = new LinkedHashMap<>();

	private final double unknownWordPenalty;

	private final Map<String, Set<String>> termsByLabel;

	private final Calibration calibration;

	private final Relevance relevance;

	/** The signals that read only some labels, with those labels. */
	private final Map<String, Set<String>> readers = new HashMap<>();

	private final double passageFactor;

	/**
	 * The interpretations of the questions asked most recently: citizens ask the same few
	 * questions again and again ("Öffnungszeiten Bürgerbüro"), and a model never changes,
	 * so a question asked again is not analysed again (a new model starts empty).
	 */
	private final Cache<String, Interpretation> recent;

	private final int remembered;

	private TrainedModel(TextAnalyzer analyzer, Map<Signal, Double> signals, double unknownWordPenalty,
			double passageFactor, Map<String, Set<String>> termsByLabel, Calibration calibration, int remembered) {
		this.remembered = remembered;
		this.recent = remembered == 0 ? null : Caffeine.newBuilder().maximumSize(remembered).build();
		this.passageFactor = passageFactor;
		this.termsByLabel = termsByLabel;
		this.calibration = calibration;
		this.analyzer = analyzer;
		this.signals = signals;
		signals.forEach((signal, weight) -> this.weights.put(signal.name(), weight));
		signals.keySet().stream().filter(s -> s.reads() != null).forEach(s -> this.readers.put(s.name(), s.reads()));
		this.unknownWordPenalty = unknownWordPenalty;
		this.relevance = new Relevance(analyzer);
	}

	static TrainedModel train(Resources resources, List<TrainingExample> examples, ContentWords words,
			NluProperties properties) {
		return train(resources, examples, words, properties, ALL_CORES);
	}

	/**
	 * What a model is built with besides its examples and words: the language models, the
	 * German lexicon, the embedding model.
	 */
	record Resources(LanguageModels models, GermanLexicon.Resources lexicon, SentenceEmbeddings embeddings) {
	}

	/** Trains on all cores: someone waits for the model. */
	static final int ALL_CORES = Runtime.getRuntime().availableProcessors();

	/**
	 * @param threads how many cores the slowest signal may train on
	 */
	static TrainedModel train(Resources resources, List<TrainingExample> examples, ContentWords words,
			NluProperties properties, int threads) {
		long start = System.nanoTime();
		SentenceEmbeddings embeddings = resources.embeddings();
		TextAnalyzer analyzer = new TextAnalyzer(resources.models(), words.synonyms(), words.neutral(),
				resources.lexicon(), words.everyday(), properties.lexicon());
		List<List<Word>> read = examples.stream().map(e -> analyzer.read(e.text())).toList();
		read.forEach(analyzer::learn);
		long learned = System.nanoTime();
		List<LabelledText> training = new ArrayList<>(examples.size());
		for (int i = 0; i < examples.size(); i++) {
			TrainingExample example = examples.get(i);
			training
				.add(new LabelledText(example.label(), analyzer.analyze(example.text(), read.get(i)), example.field()));
		}
		// what the content is about: the terms of its examples, and the parts of their
		// compounds
		analyzer.cover(training.stream()
			.filter(t -> !IntentClassifier.OUT_OF_SCOPE.equals(t.label()))
			.flatMap(t -> java.util.stream.Stream.concat(t.text().terms().stream(),
					t.text().indexTerms().keySet().stream()))
			.toList());
		long analyzed = System.nanoTime();
		Map<String, Long> signalMillis = new LinkedHashMap<>();
		Map<Signal, Double> signals = SignalTraining.train(training, properties, embeddings, threads, signalMillis);
		log.debug("Training: reading {} ms, analysis {} ms, signals {} ms ({})", (learned - start) / 1_000_000,
				(analyzed - learned) / 1_000_000, (System.nanoTime() - analyzed) / 1_000_000, signalMillis);
		if (signals.isEmpty()) {
			throw new IllegalArgumentException("all NLU signals are switched off (rathausbot.nlu.weights.*)");
		}
		Map<String, Set<String>> termsByLabel = new HashMap<>();
		training.forEach(t -> termsByLabel.computeIfAbsent(t.label(), k -> new HashSet<>()).addAll(t.text().terms()));
		return new TrainedModel(analyzer, signals, properties.unknownWordPenalty(), properties.pageFactor(),
				termsByLabel, Calibration.NONE, properties.rememberedQuestions());
	}

	/** This model with confidences mapped through a calibration. */
	TrainedModel withCalibration(Calibration calibration) {
		return new TrainedModel(this.analyzer, this.signals, this.unknownWordPenalty, this.passageFactor,
				this.termsByLabel, calibration, this.remembered);
	}

	public Calibration calibration() {
		return this.calibration;
	}

	/** Ranks the labels for a text; a text asked recently is answered from memory. */
	public Interpretation classify(String text) {
		return this.recent == null ? classifyAnew(text) : this.recent.get(text, this::classifyAnew);
	}

	/**
	 * Ranks the labels for a text, analysing it even if it was asked before (to time the
	 * matching itself).
	 */
	public Interpretation classifyAnew(String text) {
		AnalyzedText question = this.analyzer.analyze(text);
		SignalScores scores = scores(question);
		// calibration keeps the order, so only the best few labels become candidates
		List<Map.Entry<String, Double>> best = scores.combined(this.weights)
			.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry::getKey))
			.limit(MAX_CANDIDATES)
			.toList();
		List<Candidate> candidates = new ArrayList<>(best.size());
		for (Map.Entry<String, Double> entry : best) {
			candidates.add(candidate(entry.getKey(), entry.getValue(), scores.perLabel().get(entry.getKey())));
		}
		return new Interpretation(candidates, question.terms(), question.unknownNouns(), question.nounTerms(),
				this.calibration);
	}

	private Candidate candidate(String label, double raw, Map<String, Double> signalScores) {
		Map<String, Double> shown = new LinkedHashMap<>(signalScores);
		if (this.calibration != Calibration.NONE) {
			shown.put("raw", raw);
		}
		return new Candidate(label, this.calibration.apply(raw), shown);
	}

	/** Each signal's score for a text, before weighting (for validating weights). */
	public SignalScores scores(String text) {
		return scores(this.analyzer.analyze(text));
	}

	private SignalScores scores(AnalyzedText question) {
		Map<String, Map<String, Double>> perLabel = new HashMap<>();
		for (Signal signal : this.signals.keySet()) {
			signal.score(question)
				.forEach((label, score) -> perLabel.computeIfAbsent(label, k -> new HashMap<>())
					.put(signal.name(), score));
		}
		// every noun the content has never seen makes it less likely that the question is
		// about the content
		return new SignalScores(perLabel, Math.pow(this.unknownWordPenalty, question.unknownNouns()), this.readers,
				this.readers.getOrDefault(PassageSignal.NAME, Set.of()), this.passageFactor);
	}

	/** Signal name → weight. */
	public Map<String, Double> weights() {
		return this.weights;
	}

	/** All terms of a label's training examples. */
	public Set<String> termsOf(String label) {
		return this.termsByLabel.getOrDefault(label, Set.of());
	}

	/** The normalized terms of a text, as this model sees them. */
	public List<String> terms(String text) {
		return this.analyzer.analyze(text).terms();
	}

	/**
	 * For each text, the share of the question's content words it contains (through
	 * lemmas, compound parts, everyday words, synonyms), weighted by how rare each word
	 * is among the texts: which of a page's passages or lines answers the question.
	 */
	public List<Double> relevance(String question, List<String> texts) {
		return this.relevance.of(question, texts);
	}

	/** The concepts of a text with their alternatives, as the fields signal sees them. */
	List<Concept> concepts(String text) {
		return this.analyzer.analyze(text).concepts();
	}

	/** The names of the signals this model combines. */
	public List<String> signalNames() {
		return this.signals.keySet().stream().map(Signal::name).toList();
	}

}
