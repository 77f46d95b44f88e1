package de.rathausbot.nlu;

import java.nio.file.Path;
import java.util.Locale;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a sentence-embedding model with ONNX Runtime. Only loaded when the embedding
 * signal is switched on: the default jar does not carry ONNX Runtime, the tokenizers and
 * the bundled model (build with {@code -Pembeddings}).
 */
final class OnnxModels {

	private static final Logger log = LoggerFactory.getLogger(OnnxModels.class);

	private OnnxModels() {
	}

	static PoolingMode pooling(String pooling) {
		try {
			return PoolingMode.valueOf(pooling.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"rathausbot.nlu.embedding.pooling must be 'mean' or 'cls', not '" + pooling + "'");
		}
	}

	static EmbeddingModel load(NluProperties.Embedding properties) {
		long start = System.nanoTime();
		EmbeddingModel model = SentenceEmbeddings.BUNDLED.equals(properties.modelPath())
				? new AllMiniLmL6V2QuantizedEmbeddingModel() : new OnnxEmbeddingModel(Path.of(properties.modelPath()),
						Path.of(properties.tokenizerPath()), pooling(properties.pooling()));
		log.info("Embedding model {} loaded in {} ms", properties.modelPath(), (System.nanoTime() - start) / 1_000_000);
		return model;
	}

}
