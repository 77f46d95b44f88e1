package de.rathausbot.nlu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A softmax (multinomial logistic) regression over the sentence embeddings: where the
 * closest example is a poor guide (many examples per intent, paraphrases between intents)
 * a linear classifier learns which directions of the embedding space tell the intents
 * apart. Trained by stochastic gradient descent with a fixed seed.
 */
final class EmbeddingClassifierSignal implements Signal {

	private static final int EPOCHS = 12;

	private static final double LEARNING_RATE = 1.0;

	private static final double L2 = 1e-5;

	private final SentenceEmbeddings embeddings;

	private final List<String> labels;

	private final float[][] weights;

	private final float[] bias;

	EmbeddingClassifierSignal(List<LabelledText> training, SentenceEmbeddings embeddings) {
		this.embeddings = embeddings;
		Map<String, Integer> index = new LinkedHashMap<>();
		training.forEach(t -> index.putIfAbsent(t.label(), index.size()));
		this.labels = List.copyOf(index.keySet());
		List<float[]> vectors = embeddings.embedTrainingTexts(training.stream().map(t -> t.text().text()).toList());
		int dimension = vectors.isEmpty() ? 0 : vectors.get(0).length;
		this.weights = new float[this.labels.size()][dimension];
		this.bias = new float[this.labels.size()];
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < training.size(); i++) {
			order.add(i);
		}
		Random random = new Random(42);
		double[] p = new double[this.labels.size()];
		for (int epoch = 0; epoch < EPOCHS; epoch++) {
			Collections.shuffle(order, random);
			double rate = LEARNING_RATE / (1 + 0.3 * epoch);
			for (int i : order) {
				float[] x = vectors.get(i);
				probabilities(x, p);
				int y = index.get(training.get(i).label());
				for (int k = 0; k < p.length; k++) {
					double gradient = p[k] - (k == y ? 1 : 0);
					if (Math.abs(gradient) < 1e-4) {
						continue;
					}
					float[] w = this.weights[k];
					float step = (float) (rate * gradient);
					float decay = (float) (1 - rate * L2);
					for (int d = 0; d < dimension; d++) {
						w[d] = w[d] * decay - step * x[d];
					}
					this.bias[k] -= step;
				}
			}
		}
	}

	private void probabilities(float[] x, double[] p) {
		double max = Double.NEGATIVE_INFINITY;
		for (int k = 0; k < p.length; k++) {
			float[] w = this.weights[k];
			double z = this.bias[k];
			for (int d = 0; d < x.length; d++) {
				z += w[d] * x[d];
			}
			p[k] = z;
			max = Math.max(max, z);
		}
		double sum = 0;
		for (int k = 0; k < p.length; k++) {
			p[k] = Math.exp(p[k] - max);
			sum += p[k];
		}
		for (int k = 0; k < p.length; k++) {
			p[k] /= sum;
		}
	}

	@Override
	public String name() {
		return "embeddingClassifier";
	}

	@Override
	public Map<String, Double> score(AnalyzedText question) {
		Map<String, Double> scores = new HashMap<>();
		if (question.text().isBlank() || this.labels.isEmpty()) {
			return scores;
		}
		double[] p = new double[this.labels.size()];
		probabilities(this.embeddings.embed(question.text()), p);
		for (int k = 0; k < p.length; k++) {
			scores.put(this.labels.get(k), p[k]);
		}
		return scores;
	}

}
