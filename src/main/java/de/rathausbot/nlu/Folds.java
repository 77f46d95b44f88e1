package de.rathausbot.nlu;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Stratified folds for cross-validation: each label's examples are spread over all folds,
 * in an order fixed by a seed (the same data always gives the same folds).
 */
public final class Folds {

	private Folds() {
	}

	public static <T> List<List<T>> stratified(List<T> items, int k, Function<T, String> label) {
		Map<String, List<T>> byLabel = new LinkedHashMap<>();
		items.forEach(e -> byLabel.computeIfAbsent(label.apply(e), l -> new ArrayList<>()).add(e));
		List<List<T>> folds = new ArrayList<>();
		for (int f = 0; f < k; f++) {
			folds.add(new ArrayList<>());
		}
		Random random = new Random(42);
		int next = 0;
		for (List<T> group : byLabel.values()) {
			List<T> shuffled = new ArrayList<>(group);
			Collections.shuffle(shuffled, random);
			for (T item : shuffled) {
				folds.get(next++ % k).add(item);
			}
		}
		return folds;
	}

	/** All folds but one, joined: the training part of fold {@code held}. */
	public static <T> List<T> allBut(List<List<T>> folds, int held) {
		List<T> training = new ArrayList<>();
		for (int g = 0; g < folds.size(); g++) {
			if (g != held) {
				training.addAll(folds.get(g));
			}
		}
		return training;
	}

}
