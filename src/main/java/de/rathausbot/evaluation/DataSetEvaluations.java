package de.rathausbot.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import de.rathausbot.content.ContentException;
import de.rathausbot.nlu.IntentClassifier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code evaluate} on data sets instead of the bot's content: a service catalogue
 * ({@code --catalogue}), website pages ({@code --pages}) or an FAQ ({@code --faq}), each
 * with its questions, and the optional JSON report.
 */
final class DataSetEvaluations {

	static final List<String> CATALOGUE_OPTIONS = List.of("--catalogue", "--locations", "--report", "--min-top3",
			"--cross-validate", "--baseline");

	static final List<String> PAGE_OPTIONS = List.of("--pages", "--questions", "--report");

	static final List<String> FAQ_OPTIONS = List.of("--faq", "--tests", "--report");

	private DataSetEvaluations() {
	}

	static int catalogue(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options;
		Double minTop3;
		int folds;
		boolean baseline;
		try {
			options = EvaluationCommand.options(args, CATALOGUE_OPTIONS, List.of());
			minTop3 = options.containsKey("--min-top3") ? Double.valueOf(options.get("--min-top3")) : null;
			folds = EvaluationCommand.folds(options.get("--cross-validate"));
			baseline = EvaluationPlan.baseline(options.get("--baseline"));
		}
		catch (IllegalArgumentException ex) {
			err.println("evaluate: " + ex.getMessage());
			err.println(EvaluationCommand.USAGE);
			return 2;
		}
		Path services = Path.of(options.get("--catalogue"));
		Path locations = options.containsKey("--locations") ? Path.of(options.get("--locations")) : null;
		for (Path file : java.util.stream.Stream.of(services, locations).filter(p -> p != null).toList()) {
			if (!Files.isReadable(file)) {
				err.println("evaluate: cannot read " + file);
				return 2;
			}
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN")
			.run(EvaluationCommand.springArguments(args, null))) {
			CatalogueEvaluation.Result result = new CatalogueEvaluation(context.getBean(IntentClassifier.class), out)
				.run(services, locations, folds, baseline);
			if (options.containsKey("--report")) {
				Files.writeString(Path.of(options.get("--report")),
						JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(result),
						StandardCharsets.UTF_8);
			}
			return minTop3 != null && result.top3() < minTop3 ? 1 : 0;
		}
		catch (IOException ex) {
			err.println("evaluate: cannot write report: " + ex.getMessage());
			return 2;
		}
		catch (ContentException ex) {
			err.println("evaluate: " + ex.getMessage());
			return 2;
		}
	}

	static int pages(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		return runOnFiles(args, PAGE_OPTIONS, List.of("--pages", "--questions"), err,
				options -> new PageEvaluation(application, args, out).run(Path.of(options.get("--pages")),
						Path.of(options.get("--questions"))));
	}

	static int faq(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		return runOnFiles(args, FAQ_OPTIONS, List.of("--faq", "--tests"), err,
				options -> new FaqEvaluation(application, args, out).run(Path.of(options.get("--faq")),
						Path.of(options.get("--tests"))));
	}

	/** An evaluation of data files that need no content of the bot's own. */
	private static int runOnFiles(String[] args, List<String> allowed, List<String> files, PrintStream err,
			java.util.function.Function<Map<String, String>, Object> evaluation) {
		Map<String, String> options;
		try {
			options = required(EvaluationCommand.options(args, allowed, List.of()), files.toArray(String[]::new));
		}
		catch (IllegalArgumentException ex) {
			err.println("evaluate: " + ex.getMessage());
			err.println(EvaluationCommand.USAGE);
			return 2;
		}
		Map<String, String> given = options;
		return report(options, err, () -> evaluation.apply(given));
	}

	/** The options, if the required ones are there and name readable files. */
	private static Map<String, String> required(Map<String, String> options, String... files) {
		for (String option : files) {
			if (!options.containsKey(option)) {
				throw new IllegalArgumentException(option + " is required");
			}
			if (!Files.isReadable(Path.of(options.get(option)))) {
				throw new IllegalArgumentException("cannot read " + options.get(option));
			}
		}
		return options;
	}

	/** Runs an evaluation and writes its report; exit code 2 for broken input. */
	private static int report(Map<String, String> options, PrintStream err,
			java.util.function.Supplier<Object> evaluation) {
		try {
			Object result = evaluation.get();
			if (options.containsKey("--report")) {
				Files.writeString(Path.of(options.get("--report")),
						JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(result),
						StandardCharsets.UTF_8);
			}
			return 0;
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			err.println("evaluate: " + ex.getMessage());
			return 2;
		}
		catch (IllegalArgumentException ex) {
			err.println("evaluate: " + ex.getMessage());
			return 2;
		}
		catch (RuntimeException ex) {
			ContentException content = EvaluationCommand.contentCause(ex);
			if (content == null) {
				throw ex;
			}
			err.println("evaluate: " + content.getMessage());
			return 2;
		}
	}

}
