package de.rathausbot.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.rathausbot.content.ContentException;
import de.rathausbot.dialogue.Dialogue;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar rathausbot.jar evaluate ...}: loads the content without the web server
 * (and with a throw-away in-memory database) and measures the bot. See {@link #USAGE}.
 * Exits 1 when a {@code --min-*} target is not reached, 2 on bad arguments or content.
 */
public final class EvaluationCommand {

	public static final String NAME = "evaluate";

	static final String USAGE = """
			usage: java -jar rathausbot.jar evaluate [options] [--spring.property=value ...]
			  --tests FILE          dialogue cases (.yml with 'cases:') or labelled texts
			                        (.tsv 'text<TAB>intent', Rasa nlu.yml, CLINC150 .json: its test split);
			                        label oos / out_of_scope = the bot must decline
			  --intents PATH        train on this instead of the configured intents: a directory or
			                        .yml of Rathausbot intents, a .tsv, a Rasa nlu.yml or a CLINC150 .json
			  --cross-validate K    K-fold cross-validation on the training data, with a reliability table
			  --tune FILE           labelled texts (CLINC150 .json: its val split) to choose threshold and
			                        margin on; the tests are then scored at the recommended threshold
			  --min-oos-recall X    with --tune: the threshold with the best in-scope accuracy that
			                        declines at least this share of the tuning split's out-of-scope texts
			  --recommend           print the recommended rathausbot.nlu.threshold and margin
			                        (from the cross-validation folds or --tune), and signal weights
			  --ablation            repeat with each signal switched off
			  --report OUT.json     write the full report (per-intent table, confusions, failures)
			  --baseline bm25       labelled texts on the configured content: ask them of a plain BM25
			                        over the services too (the city's site search), printed beside
			  --min-overall X       exit 1 below this overall share (dialogue cases)
			  --min-accuracy X      exit 1 below this in-scope accuracy (labelled texts)
			usage: java -jar rathausbot.jar evaluate --catalogue SERVICES.jsonl [--locations OFFICES.tsv]
			                        [--cross-validate K] [--baseline bm25] [--report OUT.json] [--min-top3 X]
			                        imports a service catalogue without its staff keywords and asks every
			                        keyword: share of keywords whose service is the top answer / in the top 3;
			                        --cross-validate K also asks each keyword of a model that learnt the
			                        other folds' keywords; --baseline bm25 asks them of a plain BM25 over
			                        the services' names and descriptions too (the city's site search)
			usage: java -jar rathausbot.jar evaluate --pages PAGES.jsonl --questions QUESTIONS.jsonl [--report OUT.json]
			                        answering from web pages (Integreat QA format): each region its own
			                        deployment; top1/top3 of the question's page, F1 of the quoted lines,
			                        unanswerable questions declined; beside a plain BM25 over the pages
			usage: java -jar rathausbot.jar evaluate --faq FAQ.tsv|.csv|.json --tests PARAPHRASES.tsv [--report OUT.json]
			                        the FAQ imported as with import-faq, each paraphrase asked: top1/top3
			                        of its entry, beside a plain BM25 over question and answer""";

	private static final List<String> VALUE_OPTIONS = List.of("--tests", "--intents", "--cross-validate", "--tune",
			"--report", "--min-overall", "--min-accuracy", "--min-oos-recall", "--baseline");

	private static final List<String> FLAGS = List.of("--recommend", "--ablation");

	private EvaluationCommand() {
	}

	public static int run(Class<?> application, String[] args) {
		return run(application, args, System.out, System.err);
	}

	static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		if (Arrays.asList(args).contains("--catalogue")) {
			return DataSetEvaluations.catalogue(application, args, out, err);
		}
		if (Arrays.asList(args).contains("--pages")) {
			return DataSetEvaluations.pages(application, args, out, err);
		}
		if (Arrays.asList(args).contains("--faq")) {
			return DataSetEvaluations.faq(application, args, out, err);
		}
		EvaluationPlan plan;
		try {
			plan = EvaluationPlan.of(options(args));
		}
		catch (IllegalArgumentException | ContentException ex) {
			err.println("evaluate: " + ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN")
			.run(springArguments(args, plan))) {
			if (plan.dialogueCases() != null) {
				return runDialogue(context, plan, out);
			}
			return new LabelEvaluation(context, plan, out).run();
		}
		catch (IOException ex) {
			err.println("evaluate: cannot write report: " + ex.getMessage());
			return 2;
		}
		catch (RuntimeException ex) {
			ContentException content = contentCause(ex);
			if (content == null) {
				throw ex;
			}
			err.println("evaluate: a content file is broken: " + content.getMessage());
			return 2;
		}
	}

	static int folds(String value) {
		if (value == null) {
			return 0;
		}
		int folds = Integer.parseInt(value);
		if (folds < 2) {
			throw new IllegalArgumentException("--cross-validate needs at least 2 folds");
		}
		return folds;
	}

	private static int runDialogue(ConfigurableApplicationContext context, EvaluationPlan plan, PrintStream out)
			throws IOException {
		Evaluation evaluation = new Evaluation(context.getBean(Dialogue.class), context.getBean(Clock.class));
		Report report = evaluation.run(plan.dialogueCases());
		out.println(report.summaryJson());
		for (Report.Failure failure : report.failures()) {
			out.println();
			out.println("FAILED   " + failure.question());
			out.println("expected " + failure.expected());
			out.println("got      " + failure.got().replace("\n", " ⏎ ") + "  [" + failure.intent() + " "
					+ String.format(Locale.ROOT, "%.2f", failure.confidence()) + "]");
			out.println("why      " + failure.candidates());
		}
		writeReport(plan, report);
		Double min = plan.minOverall();
		return min != null && report.overall() < min ? 1 : 0;
	}

	static void writeReport(EvaluationPlan plan, Object report) throws IOException {
		if (plan.report() != null) {
			Files.writeString(plan.report(),
					JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report),
					StandardCharsets.UTF_8);
		}
	}

	static ContentException contentCause(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ContentException content) {
				return content;
			}
		}
		return null;
	}

	/**
	 * The {@code --key=value} arguments for Spring, plus a throw-away in-memory database
	 * unless one is given (evaluating must not touch the bot's data, or fight over its
	 * file lock), plus the intents location when {@code --intents} names Rathausbot
	 * intents.
	 */
	static String[] springArguments(String[] args, EvaluationPlan plan) {
		List<String> spring = new ArrayList<>(
				Arrays.stream(args).filter(a -> a.startsWith("--") && a.contains("=")).toList());
		if (spring.stream().noneMatch(a -> a.startsWith("--spring.datasource.url="))) {
			// a database of its own per run: content is imported into it from the folders
			// given
			spring.add("--spring.datasource.url=jdbc:h2:mem:evaluation-" + java.util.UUID.randomUUID());
		}
		if (spring.stream().noneMatch(a -> a.startsWith("--rathausbot.nlu.remembered-questions="))) {
			// the latencies reported are those of understanding a question, not of
			// remembering it
			spring.add("--rathausbot.nlu.remembered-questions=0");
		}
		if (plan != null && plan.ownIntents() != null) {
			Path intents = plan.ownIntents().toAbsolutePath();
			spring.add("--rathausbot.intents.location=file:" + intents + (Files.isDirectory(intents) ? "/" : ""));
		}
		return spring.toArray(String[]::new);
	}

	/**
	 * The command's own options ({@code --tests X}, {@code --recommend});
	 * {@code --key=value} arguments go to Spring.
	 */
	static Map<String, String> options(String[] args) {
		return options(args, VALUE_OPTIONS, FLAGS);
	}

	static Map<String, String> options(String[] args, List<String> valueOptions, List<String> flags) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (arg.contains("=")) {
				continue;
			}
			if (flags.contains(arg)) {
				options.put(arg, "true");
				continue;
			}
			if (!valueOptions.contains(arg) || i + 1 >= args.length) {
				throw new IllegalArgumentException("unknown or incomplete option '" + arg + "'");
			}
			options.put(arg, args[++i]);
		}
		return options;
	}

}
