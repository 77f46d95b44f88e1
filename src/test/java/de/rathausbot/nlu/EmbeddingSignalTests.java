package de.rathausbot.nlu;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bundled LangChain4j embedding model finds paraphrases that share no word with an
 * example.
 */
class EmbeddingSignalTests {

	private static AnalyzedText text(String text) {
		return new AnalyzedText(text, List.of(), text, 0, List.of());
	}

	@Test
	void scoresAParaphraseHighestForTheLabelItMeans() {
		SentenceEmbeddings embeddings = new SentenceEmbeddings(
				new NluProperties.Embedding(SentenceEmbeddings.BUNDLED, "", "mean"));
		EmbeddingSignal signal = new EmbeddingSignal(List.of(new LabelledText("passport", text("renew my passport")),
				new LabelledText("weather", text("will it rain tomorrow")),
				new LabelledText("waste", text("when is the garbage collected"))), embeddings);

		Map<String, Double> scores = signal.score(text("how do I get a new travel document"));

		assertThat(scores.get("passport")).isGreaterThan(scores.getOrDefault("weather", 0.0))
			.isGreaterThan(scores.getOrDefault("waste", 0.0));
	}

	@Test
	void learnsWhichDirectionsOfTheEmbeddingTellIntentsApart() {
		SentenceEmbeddings embeddings = new SentenceEmbeddings(
				new NluProperties.Embedding(SentenceEmbeddings.BUNDLED, "", "mean"));
		List<LabelledText> training = List.of(new LabelledText("passport", text("renew my passport")),
				new LabelledText("passport", text("apply for a passport")),
				new LabelledText("passport", text("my passport expired")),
				new LabelledText("waste", text("when is the garbage collected")),
				new LabelledText("waste", text("bin collection day")),
				new LabelledText("waste", text("where do I put old batteries")));
		EmbeddingClassifierSignal signal = new EmbeddingClassifierSignal(training, embeddings);

		Map<String, Double> scores = signal.score(text("I need a new travel document"));

		assertThat(scores.get("passport")).isGreaterThan(0.5).isGreaterThan(scores.get("waste"));
		assertThat(scores.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
				org.assertj.core.api.Assertions.within(1e-6));
	}

	@Test
	void isOffWithNoneAndExplainsAMissingModelFile() {
		assertThat(new SentenceEmbeddings(new NluProperties.Embedding("none", "", "mean")).enabled()).isFalse();
		assertThatThrownBy(() -> new SentenceEmbeddings(new NluProperties.Embedding("/nowhere/model.onnx", "", "mean")))
			.hasMessage("rathausbot.nlu.embedding.model-path: no such file '/nowhere/model.onnx'");
	}

}
