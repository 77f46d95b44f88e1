package de.rathausbot.nlu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A restart with unchanged content skips the calibration's fit; any change fits anew. */
class CalibrationCacheTests {

	private static final NluProperties SETTINGS = TextAnalyzerTests.DEFAULTS;

	private static final List<TrainingExample> CONTENT = List.of(
			new TrainingExample("reisepass", "Was kostet ein Reisepass?"),
			new TrainingExample("reisepass", "Reisepass", TrainingExample.Field.NAME),
			new TrainingExample("rathaus", "Wann hat das Rathaus offen?"));

	private static final ContentWords WORDS = new ContentWords(Map.of("reisepass", List.of("pass")), Set.of());

	private static final Calibration FITTED = new Calibration(4.2, -1.5, 3.1, -0.5);

	@TempDir
	Path folder;

	@Test
	void theSameContentInAnotherOrderHasTheSameKeyAndAnyChangeAnother() {
		List<TrainingExample> reordered = new ArrayList<>(CONTENT);
		Collections.reverse(reordered);
		List<TrainingExample> changed = new ArrayList<>(CONTENT);
		changed.set(2, new TrainingExample("rathaus", "Wann hat das Rathaus geöffnet?"));
		String key = CalibrationCache.key(CONTENT, WORDS, SETTINGS, UnaryOperator.identity());

		assertThat(CalibrationCache.key(reordered, WORDS, SETTINGS, UnaryOperator.identity())).isEqualTo(key);
		assertThat(CalibrationCache.key(changed, WORDS, SETTINGS, UnaryOperator.identity())).isNotEqualTo(key);
		assertThat(CalibrationCache.key(CONTENT, ContentWords.NONE, SETTINGS, UnaryOperator.identity()))
			.isNotEqualTo(key);
		assertThat(CalibrationCache.key(CONTENT, WORDS, SETTINGS.withCalibrationFolds(5), UnaryOperator.identity()))
			.isNotEqualTo(key);
		assertThat(CalibrationCache.key(CONTENT, WORDS, SETTINGS, label -> "service:" + label)).isNotEqualTo(key);
	}

	@Test
	void aRestartWithTheSameContentUsesTheRememberedCalibrationWithoutFittingIt() {
		AtomicInteger fits = new AtomicInteger();

		Calibration atFirstStart = new CalibrationCache(this.folder).fitted(CONTENT, WORDS, SETTINGS,
				UnaryOperator.identity(), () -> {
					fits.incrementAndGet();
					return FITTED;
				});
		Calibration afterRestart = new CalibrationCache(this.folder).fitted(CONTENT, WORDS, SETTINGS,
				UnaryOperator.identity(), () -> {
					fits.incrementAndGet();
					return Calibration.NONE;
				});

		assertThat(atFirstStart).isEqualTo(FITTED);
		assertThat(afterRestart).isEqualTo(FITTED);
		assertThat(fits).hasValue(1);
	}

	@Test
	void aDamagedFileIsFittedAnewAndReplaced() throws IOException {
		CalibrationCache cache = new CalibrationCache(this.folder);
		cache.fitted(CONTENT, WORDS, SETTINGS, UnaryOperator.identity(), () -> Calibration.NONE);
		try (var files = Files.list(this.folder)) {
			for (Path file : files.toList()) {
				Files.writeString(file, "not a calibration");
			}
		}

		assertThat(cache.fitted(CONTENT, WORDS, SETTINGS, UnaryOperator.identity(), () -> FITTED)).isEqualTo(FITTED);
		assertThat(cache.fitted(CONTENT, WORDS, SETTINGS, UnaryOperator.identity(), () -> Calibration.NONE))
			.isEqualTo(FITTED);
	}

	@Test
	void anAbandonedFitIsNotRemembered() {
		CalibrationCache cache = new CalibrationCache(this.folder);

		assertThat(cache.fitted(CONTENT, WORDS, SETTINGS, UnaryOperator.identity(), () -> null)).isNull();
		assertThat(cache.fitted(CONTENT, WORDS, SETTINGS, UnaryOperator.identity(), () -> FITTED)).isEqualTo(FITTED);
	}

	@Test
	void keepsOnlyTheCalibrationsOfTheLatestContents() throws IOException {
		CalibrationCache cache = new CalibrationCache(this.folder);
		for (int version = 0; version < CalibrationCache.KEPT + 5; version++) {
			List<TrainingExample> edited = new ArrayList<>(CONTENT);
			edited.add(new TrainingExample("rathaus", "Rathaus Version " + version));
			cache.fitted(edited, WORDS, SETTINGS, UnaryOperator.identity(), () -> FITTED);
		}

		try (var files = Files.list(this.folder)) {
			assertThat(files.filter(f -> f.toString().endsWith(".calibration"))).hasSize(CalibrationCache.KEPT);
		}
	}

}
