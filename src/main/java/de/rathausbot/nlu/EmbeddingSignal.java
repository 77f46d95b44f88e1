package de.rathausbot.nlu;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;

/**
 * Cosine similarity of sentence embeddings between the question and the closest examples
 * of each label: finds paraphrases that share no word with an example (in the languages
 * the model knows).
 */
final class EmbeddingSignal implements Signal {

	/** Enough neighbours that every label close to the question shows up. */
	private static final int NEIGHBOURS = 25;

	private final SentenceEmbeddings embeddings;

	private final LabelEmbeddingStore store = new LabelEmbeddingStore();

	EmbeddingSignal(List<LabelledText> training, SentenceEmbeddings embeddings) {
		this.embeddings = embeddings;
		List<float[]> vectors = embeddings.embedTrainingTexts(training.stream().map(t -> t.text().text()).toList());
		this.store.addAll(vectors.stream().map(Embedding::from).toList(),
				training.stream().map(LabelledText::label).toList());
	}

	@Override
	public String name() {
		return "embedding";
	}

	@Override
	public Map<String, Double> score(AnalyzedText question) {
		Map<String, Double> scores = new HashMap<>();
		if (question.text().isBlank()) {
			return scores;
		}
		Embedding query = Embedding.from(this.embeddings.embed(question.text()));
		List<EmbeddingMatch<String>> matches = this.store
			.search(EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(NEIGHBOURS).build())
			.matches();
		for (EmbeddingMatch<String> match : matches) {
			// the store reports (cosine + 1) / 2; unrelated sentences have a cosine near
			// 0
			double cosine = 2 * match.score() - 1;
			if (cosine > 0) {
				scores.merge(match.embedded(), cosine, Math::max);
			}
		}
		return scores;
	}

}
