package de.rathausbot.nlu;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Trains the signals a model combines, each with its weight: the lexical ones on all
 * examples; maxent and fields on all but the pages (weighted by how much of the content
 * is described services); passages on the pages and FAQ; the embedding ones when a model
 * is configured.
 */
final class SignalTraining {

	private SignalTraining() {
	}

	/**
	 * @param threads how many cores the slowest signal may train on
	 * @param signalMillis filled with how long each signal took
	 */
	static Map<Signal, Double> train(List<LabelledText> training, NluProperties properties,
			SentenceEmbeddings embeddings, int threads, Map<String, Long> signalMillis) {
		NluProperties.Weights w = properties.weights();
		Map<Signal, Double> signals = new LinkedHashMap<>();
		if (w.tfidf() > 0) {
			timed(signals, signalMillis, () -> new TfIdfSignal(training, new TermWeights(training)), w.tfidf());
		}
		if (w.bm25() > 0) {
			timed(signals, signalMillis, () -> new Bm25Signal(training), w.bm25());
		}
		if (w.ngram() > 0) {
			timed(signals, signalMillis, () -> new CharNgramSignal(training), w.ngram());
		}
		// the more of the content is described services, the more the fields signal reads
		// it
		// and the less the maxent classifier learns from examples: in a catalogue it adds
		// nothing (measured on the Munich questions) and takes most of the training time
		// pages and FAQ entries are read by the passages signal; the signals that weigh
		// intents against services read the rest, as if the pages were not there
		Set<String> passageLabels = PassageSignal.labels(training);
		List<LabelledText> others = passageLabels.isEmpty() ? training
				: training.stream().filter(t -> !passageLabels.contains(t.label())).toList();
		Set<String> otherLabels = others.stream().map(LabelledText::label).collect(Collectors.toSet());
		double described = FieldSignal.share(others);
		double maxent = w.maxent() * (1 - described);
		if (maxent > 0 && distinctLabels(others) > 1) {
			timed(signals, signalMillis, () -> reading(new MaxentSignal(others, properties.maxentIterations(), threads),
					passageLabels, otherLabels), maxent);
		}
		double fields = w.fields() * described;
		if (fields > 0) {
			timed(signals, signalMillis,
					() -> reading(new FieldSignal(others, properties.fields()), passageLabels, otherLabels), fields);
		}
		if (w.passages() > 0 && !passageLabels.isEmpty()) {
			timed(signals, signalMillis, () -> new PassageSignal(training), w.passages());
		}
		if (w.embedding() > 0 && embeddings.enabled()) {
			timed(signals, signalMillis, () -> new EmbeddingSignal(training, embeddings), w.embedding());
		}
		if (w.embeddingClassifier() > 0 && embeddings.enabled() && distinctLabels(training) > 1) {
			timed(signals, signalMillis, () -> new EmbeddingClassifierSignal(training, embeddings),
					w.embeddingClassifier());
		}
		return signals;
	}

	/** A signal trained without the passage labels reads only the others. */
	private static Signal reading(Signal signal, Set<String> passageLabels, Set<String> others) {
		return passageLabels.isEmpty() ? signal : new ReadingOnly(signal, others);
	}

	private static void timed(Map<Signal, Double> signals, Map<String, Long> millis, Supplier<Signal> training,
			double weight) {
		long start = System.nanoTime();
		Signal signal = training.get();
		millis.put(signal.name(), (System.nanoTime() - start) / 1_000_000);
		signals.put(signal, weight);
	}

	private static long distinctLabels(List<LabelledText> training) {
		return training.stream().map(LabelledText::label).distinct().count();
	}

}
