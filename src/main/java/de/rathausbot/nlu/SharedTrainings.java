package de.rathausbot.nlu;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Trained and calibrated models kept for reuse within one process when
 * {@code rathausbot.nlu.share-training-in-process} is on: the test suite starts many
 * application contexts that train the same content with the same settings, and training
 * is deterministic, so the second one takes the first one's model. A few are kept, the
 * least recently used go.
 */
final class SharedTrainings {

	private static final int KEPT = 4;

	private static final Map<Key, TrainedModel> MODELS = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Key, TrainedModel> eldest) {
			return size() > KEPT;
		}

	};

	private SharedTrainings() {
	}

	/**
	 * What a trained model depends on: the settings also name the language resources
	 * (loaded once per process for them); {@code targets} is what each label answers,
	 * which the calibration counts as right.
	 */
	record Key(List<TrainingExample> examples, ContentWords words, NluProperties settings,
			Map<String, String> targets) {

		static Key of(List<TrainingExample> examples, ContentWords words, NluProperties settings,
				UnaryOperator<String> target) {
			Map<String, String> targets = new TreeMap<>();
			examples.forEach(e -> targets.computeIfAbsent(e.label(), target));
			return new Key(List.copyOf(examples), words, settings, targets);
		}

	}

	/** The model trained for the key before, or a new one that is kept. */
	static TrainedModel get(Key key, Supplier<TrainedModel> training) {
		synchronized (MODELS) {
			TrainedModel known = MODELS.get(key);
			if (known != null) {
				return known;
			}
		}
		TrainedModel trained = training.get();
		synchronized (MODELS) {
			MODELS.put(key, trained);
		}
		return trained;
	}

}
