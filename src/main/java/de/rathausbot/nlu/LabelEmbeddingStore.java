package de.rathausbot.nlu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.RelevanceScore;

/**
 * A LangChain4j {@link EmbeddingStore} of unit vectors, each embedding a label: the
 * vectors of one training run, kept in one flat array and searched exhaustively (a few
 * thousand examples take well under a millisecond). Scores are LangChain4j relevance
 * scores, {@code (cosine + 1) / 2}. Filters are not supported.
 */
final class LabelEmbeddingStore implements EmbeddingStore<String> {

	private final List<String> labels = new ArrayList<>();

	private float[] vectors = new float[0];

	private int dimension = -1;

	@Override
	public String add(Embedding embedding) {
		return add(embedding, null);
	}

	@Override
	public void add(String id, Embedding embedding) {
		throw new UnsupportedOperationException("ids are the positions in this store");
	}

	@Override
	public String add(Embedding embedding, String label) {
		float[] vector = embedding.vector();
		if (this.dimension < 0) {
			this.dimension = vector.length;
		}
		if (vector.length != this.dimension) {
			throw new IllegalArgumentException(
					"embedding of dimension " + vector.length + " in a store of dimension " + this.dimension);
		}
		int position = this.labels.size();
		if ((position + 1) * this.dimension > this.vectors.length) {
			this.vectors = java.util.Arrays.copyOf(this.vectors, Math.max(16, 2 * (position + 1)) * this.dimension);
		}
		System.arraycopy(vector, 0, this.vectors, position * this.dimension, this.dimension);
		this.labels.add(label);
		return Integer.toString(position);
	}

	@Override
	public List<String> addAll(List<Embedding> embeddings) {
		return embeddings.stream().map(this::add).toList();
	}

	@Override
	public List<String> addAll(List<Embedding> embeddings, List<String> labels) {
		List<String> ids = new ArrayList<>(embeddings.size());
		for (int i = 0; i < embeddings.size(); i++) {
			ids.add(add(embeddings.get(i), labels.get(i)));
		}
		return ids;
	}

	/** The closest stored vectors; the query must be of unit length. */
	@Override
	public EmbeddingSearchResult<String> search(EmbeddingSearchRequest request) {
		if (request.filter() != null) {
			throw new UnsupportedOperationException("this store does not filter");
		}
		float[] query = request.queryEmbedding().vector();
		PriorityQueue<Scored> best = new PriorityQueue<>(Comparator.comparingDouble(Scored::cosine));
		for (int i = 0; i < this.labels.size(); i++) {
			double cosine = dot(query, i * this.dimension);
			double relevance = RelevanceScore.fromCosineSimilarity(cosine);
			if (relevance < request.minScore()) {
				continue;
			}
			if (best.size() < request.maxResults()) {
				best.add(new Scored(i, cosine));
			}
			else if (cosine > best.peek().cosine()) {
				best.poll();
				best.add(new Scored(i, cosine));
			}
		}
		List<EmbeddingMatch<String>> matches = new ArrayList<>(best.size());
		best.stream()
			.sorted(Comparator.comparingDouble(Scored::cosine).reversed())
			.forEach(s -> matches.add(new EmbeddingMatch<>(RelevanceScore.fromCosineSimilarity(s.cosine()),
					Integer.toString(s.position()), null, this.labels.get(s.position()))));
		return new EmbeddingSearchResult<>(matches);
	}

	private double dot(float[] query, int offset) {
		double sum = 0;
		for (int d = 0; d < this.dimension; d++) {
			sum += query[d] * this.vectors[offset + d];
		}
		return sum;
	}

	private record Scored(int position, double cosine) {
	}

}
