package de.rathausbot.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sparse example vectors in an inverted index: the cosine of a question to every example
 * that shares a feature with it, without visiting the others (a question shares words
 * with a few dozen of thousands of examples).
 */
final class NearestExamples {

	private final List<String> labels = new ArrayList<>();

	private final Map<String, Postings> postings = new HashMap<>();

	/** Adds an example; a vector without features is never close to anything. */
	void add(String label, Map<String, ? extends Number> vector) {
		double norm = length(vector);
		if (norm == 0) {
			return;
		}
		int example = this.labels.size();
		this.labels.add(label);
		vector.forEach((feature, value) -> this.postings.computeIfAbsent(feature, f -> new Postings())
			.add(example, value.doubleValue() / norm));
	}

	/** The cosine of the closest example of each label that shares a feature. */
	Map<String, Double> closestByLabel(Map<String, ? extends Number> query) {
		Map<String, Double> scores = new HashMap<>();
		double norm = length(query);
		if (norm == 0) {
			return scores;
		}
		double[] dots = new double[this.labels.size()];
		boolean[] touched = new boolean[this.labels.size()];
		List<Integer> hits = new ArrayList<>();
		for (Map.Entry<String, ? extends Number> entry : query.entrySet()) {
			Postings list = this.postings.get(entry.getKey());
			if (list == null) {
				continue;
			}
			double weight = entry.getValue().doubleValue() / norm;
			for (int i = 0; i < list.size; i++) {
				int example = list.examples[i];
				if (!touched[example]) {
					touched[example] = true;
					hits.add(example);
				}
				dots[example] += weight * list.weights[i];
			}
		}
		for (int example : hits) {
			if (dots[example] > 0) {
				scores.merge(this.labels.get(example), Math.min(1, dots[example]), Math::max);
			}
		}
		return scores;
	}

	private static double length(Map<String, ? extends Number> vector) {
		double sum = 0;
		for (Number v : vector.values()) {
			sum += v.doubleValue() * v.doubleValue();
		}
		return Math.sqrt(sum);
	}

	/** The examples that have one feature, with its normalised weight in each. */
	private static final class Postings {

		private int[] examples = new int[4];

		private double[] weights = new double[4];

		private int size;

		void add(int example, double weight) {
			if (this.size == this.examples.length) {
				this.examples = java.util.Arrays.copyOf(this.examples, this.size * 2);
				this.weights = java.util.Arrays.copyOf(this.weights, this.size * 2);
			}
			this.examples[this.size] = example;
			this.weights[this.size] = weight;
			this.size++;
		}

	}

}
