package de.rathausbot.nlu;

import java.util.List;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The embedding store finds the closest labelled vectors, best first. */
class LabelEmbeddingStoreTests {

	@Test
	void returnsTheClosestVectorsBestFirstWithRelevanceScores() {
		LabelEmbeddingStore store = new LabelEmbeddingStore();
		store.addAll(List.of(Embedding.from(new float[] { 1, 0 }), Embedding.from(new float[] { 0, 1 }),
				Embedding.from(new float[] { 0.6f, 0.8f })), List.of("east", "north", "north-east"));

		List<EmbeddingMatch<String>> matches = store
			.search(EmbeddingSearchRequest.builder()
				.queryEmbedding(Embedding.from(new float[] { 0, 1 }))
				.maxResults(2)
				.build())
			.matches();

		assertThat(matches).extracting(EmbeddingMatch::embedded).containsExactly("north", "north-east");
		assertThat(matches.get(0).score()).isCloseTo(1.0, within(1e-6));
		assertThat(matches.get(1).score()).isCloseTo((0.8 + 1) / 2, within(1e-6));
	}

	@Test
	void refusesVectorsOfAnotherDimension() {
		LabelEmbeddingStore store = new LabelEmbeddingStore();
		store.add(Embedding.from(new float[] { 1, 0 }), "a");

		assertThatThrownBy(() -> store.add(Embedding.from(new float[] { 1, 0, 0 }), "b"))
			.hasMessage("embedding of dimension 3 in a store of dimension 2");
	}

}
