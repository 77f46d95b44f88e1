package de.rathausbot.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import de.rathausbot.content.ContentException;
import de.rathausbot.intents.ForeignExamples;

/**
 * What the {@code evaluate} command was asked to do, checked before anything starts.
 *
 * @param dialogueCases cases with expected answers, or null for labelled texts
 * @param tests labelled test texts, or null (dialogue cases, or cross-validation only)
 * @param foreignIntents training data in another tool's format, or null (the content)
 * @param ownIntents Rathausbot intents to use instead of the configured ones, or null
 * @param folds K of the cross-validation, or 0
 * @param tune labelled texts to choose threshold and margin on, or null
 * @param minOosRecall with {@code tune}: choose the threshold with the best in-scope
 * accuracy that declines at least this share of the tuning split's out-of-scope texts
 * @param baseline whether to ask labelled questions of the site-search baseline too
 */
record EvaluationPlan(List<EvaluationCase> dialogueCases, ForeignExamples.Examples tests,
		ForeignExamples.Examples foreignIntents, Path ownIntents, int folds, ForeignExamples.Examples tune,
		boolean recommend, boolean ablation, Path report, Double minOverall, Double minAccuracy, Double minOosRecall,
		boolean baseline) {

	static EvaluationPlan of(Map<String, String> options) {
		String tests = options.get("--tests");
		int folds = folds(options.get("--cross-validate"));
		if (tests == null && folds == 0) {
			throw new IllegalArgumentException("give --tests FILE or --cross-validate K");
		}
		List<EvaluationCase> dialogueCases = null;
		ForeignExamples.Examples labelled = null;
		if (tests != null) {
			Path path = existing(tests, "--tests");
			if (ForeignExamples.isForeign(path)) {
				labelled = ForeignExamples.read(path, ForeignExamples.Split.TEST);
			}
			else {
				dialogueCases = dialogueCases(path);
			}
		}
		ForeignExamples.Examples foreign = null;
		Path own = null;
		if (options.containsKey("--intents")) {
			Path path = existing(options.get("--intents"), "--intents");
			if (ForeignExamples.isForeign(path)) {
				foreign = ForeignExamples.read(path, ForeignExamples.Split.TRAIN);
			}
			else {
				own = path;
			}
		}
		if (dialogueCases != null && foreign != null) {
			throw new IllegalArgumentException(
					"dialogue cases need Rathausbot intents with answers; test intents from another tool with labelled texts (.tsv, Rasa, CLINC150)");
		}
		if (dialogueCases != null && (folds > 0 || options.containsKey("--ablation"))) {
			throw new IllegalArgumentException(
					"--cross-validate and --ablation work on labelled texts, not on dialogue cases");
		}
		if (folds > 0 && tests != null) {
			throw new IllegalArgumentException("give either --tests or --cross-validate, not both");
		}
		if (options.containsKey("--min-oos-recall") && !options.containsKey("--tune")) {
			throw new IllegalArgumentException(
					"--min-oos-recall chooses the threshold on --tune data; give --tune FILE");
		}
		ForeignExamples.Examples tune = options.containsKey("--tune")
				? ForeignExamples.read(existing(options.get("--tune"), "--tune"), ForeignExamples.Split.TUNE) : null;
		return new EvaluationPlan(dialogueCases, labelled, foreign, own, folds, tune,
				options.containsKey("--recommend"), options.containsKey("--ablation"),
				options.containsKey("--report") ? Path.of(options.get("--report")) : null,
				share(options.get("--min-overall"), "--min-overall"),
				share(options.get("--min-accuracy"), "--min-accuracy"),
				share(options.get("--min-oos-recall"), "--min-oos-recall"), baseline(options.get("--baseline")));
	}

	/** {@code --baseline bm25}: the only baseline there is. */
	static boolean baseline(String value) {
		if (value == null) {
			return false;
		}
		if (!"bm25".equals(value)) {
			throw new IllegalArgumentException("--baseline knows only 'bm25', not '" + value + "'");
		}
		return true;
	}

	private static List<EvaluationCase> dialogueCases(Path path) {
		try {
			return EvaluationCases.parse(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new ContentException(path.toString(), 0, "cannot read: " + ex.getMessage(), ex);
		}
	}

	private static Path existing(String value, String option) {
		Path path = Path.of(value);
		if (!Files.exists(path)) {
			throw new IllegalArgumentException(option + ": no such file or directory '" + value + "'");
		}
		return path;
	}

	private static int folds(String value) {
		if (value == null) {
			return 0;
		}
		if (!value.matches("\\d{1,2}") || Integer.parseInt(value) < 2) {
			throw new IllegalArgumentException(
					"--cross-validate needs a number of folds from 2 to 99, not '" + value + "'");
		}
		return Integer.parseInt(value);
	}

	private static Double share(String value, String option) {
		if (value == null) {
			return null;
		}
		if (!value.matches("0(\\.\\d+)?|1(\\.0+)?")) {
			throw new IllegalArgumentException(option + " must be a number from 0 to 1, not '" + value + "'");
		}
		return Double.valueOf(value);
	}

}
