package de.rathausbot.nlu;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.ClassUtils;

/**
 * The LangChain4j in-process sentence-embedding model, loaded in the background like the
 * OpenNLP models. Embeddings of training texts are kept between trainings, so retraining
 * after a small change embeds only the new texts.
 */
public final class SentenceEmbeddings {

	/** The model that ships with Rathausbot: all-MiniLM-L6-v2, quantized. */
	public static final String BUNDLED = "all-minilm-l6-v2-q";

	private static final Logger log = LoggerFactory.getLogger(SentenceEmbeddings.class);

	private final CompletableFuture<Optional<EmbeddingModel>> model;

	private final Map<String, float[]> trainingTexts = new ConcurrentHashMap<>();

	private final ThreadLocal<Embedded> lastQuestion = new ThreadLocal<>();

	SentenceEmbeddings(NluProperties.Embedding properties) {
		if (!properties.enabled()) {
			this.model = CompletableFuture.completedFuture(Optional.empty());
			return;
		}
		if (!ClassUtils.isPresent("ai.onnxruntime.OrtEnvironment", SentenceEmbeddings.class.getClassLoader())) {
			throw new IllegalStateException("rathausbot.nlu.embedding.model-path is set, but this jar is built without "
					+ "the embedding runtime (ONNX Runtime, tokenizers): build it with ./mvnw package -Pembeddings");
		}
		check(properties);
		this.model = Background.supply("nlu-embeddings", () -> Optional.of(OnnxModels.load(properties)));
	}

	/** Fails at once on a path that does not exist, before anything loads. */
	private static void check(NluProperties.Embedding properties) {
		if (BUNDLED.equals(properties.modelPath())) {
			return;
		}
		requireFile("rathausbot.nlu.embedding.model-path", properties.modelPath());
		requireFile("rathausbot.nlu.embedding.tokenizer-path", properties.tokenizerPath());
		OnnxModels.pooling(properties.pooling());
	}

	private static void requireFile(String property, String path) {
		if (path.isBlank() || !Files.isRegularFile(Path.of(path))) {
			throw new IllegalArgumentException(property + ": no such file '" + path + "'");
		}
	}

	boolean enabled() {
		return this.model.join().isPresent();
	}

	/**
	 * The unit-length vector of a question. The last one is remembered per thread: both
	 * embedding signals ask for it.
	 */
	float[] embed(String text) {
		Embedded last = this.lastQuestion.get();
		if (last != null && last.text().equals(text)) {
			return last.vector();
		}
		float[] vector = vector(this.model.join().orElseThrow().embed(text).content());
		this.lastQuestion.set(new Embedded(text, vector));
		return vector;
	}

	private record Embedded(String text, float[] vector) {
	}

	/**
	 * Vectors of all training texts, index-aligned; only texts not seen in an earlier
	 * training are embedded (in parallel). Texts no longer trained on are forgotten once
	 * they outnumber the current ones (cross-validation trains on overlapping sets).
	 */
	List<float[]> embedTrainingTexts(List<String> texts) {
		EmbeddingModel embeddingModel = this.model.join().orElseThrow();
		List<String> missing = texts.stream().distinct().filter(t -> !this.trainingTexts.containsKey(t)).toList();
		if (!missing.isEmpty()) {
			List<Embedding> embedded = embeddingModel.embedAll(missing.stream().map(TextSegment::from).toList())
				.content();
			for (int i = 0; i < missing.size(); i++) {
				this.trainingTexts.put(missing.get(i), vector(embedded.get(i)));
			}
		}
		if (this.trainingTexts.size() > 2 * texts.size() + 1000) {
			Set<String> current = new HashSet<>(texts);
			this.trainingTexts.keySet().retainAll(current);
		}
		List<float[]> vectors = new ArrayList<>(texts.size());
		texts.forEach(t -> vectors.add(this.trainingTexts.get(t)));
		return vectors;
	}

	private static float[] vector(Embedding embedding) {
		float[] v = embedding.vector();
		double norm = 0;
		for (float x : v) {
			norm += x * x;
		}
		float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
		float[] unit = new float[v.length];
		for (int i = 0; i < v.length; i++) {
			unit[i] = v[i] * scale;
		}
		return unit;
	}

}
