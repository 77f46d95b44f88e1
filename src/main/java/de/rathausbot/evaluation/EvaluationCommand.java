package de.rathausbot.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.rathausbot.content.ContentException;
import de.rathausbot.conversation.Dialogue;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar rathausbot.jar evaluate --tests FILE.yml [--report OUT.json] [--min-overall 0.9]}:
 * loads the configured content without the web server (and with a throw-away in-memory
 * database), answers every case and prints a JSON summary and the failed cases. Exits 1
 * when {@code --min-overall} is not reached, 2 on bad arguments or content.
 */
public final class EvaluationCommand {

	public static final String NAME = "evaluate";

	private EvaluationCommand() {
	}

	public static int run(Class<?> application, String[] args) {
		return run(application, args, System.out, System.err);
	}

	static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
		Map<String, String> options;
		List<EvaluationCase> cases;
		try {
			options = options(args);
			Path tests = Path.of(options.get("--tests"));
			cases = EvaluationCases.parse(tests.toString(), Files.readString(tests, StandardCharsets.UTF_8));
		}
		catch (IllegalArgumentException | ContentException | IOException ex) {
			err.println("evaluate: " + ex.getMessage());
			err.println(
					"usage: java -jar rathausbot.jar evaluate --tests FILE.yml [--report OUT.json] [--min-overall 0.9]");
			return 2;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
			.web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN")
			.run(springArguments(args))) {
			Evaluation evaluation = new Evaluation(context.getBean(Dialogue.class), context.getBean(Clock.class));
			Report report = evaluation.run(cases);
			print(report, out);
			if (options.containsKey("--report")) {
				Files.writeString(Path.of(options.get("--report")),
						JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(report));
			}
			String min = options.get("--min-overall");
			return min != null && report.overall() < Double.parseDouble(min) ? 1 : 0;
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

	private static ContentException contentCause(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof ContentException content) {
				return content;
			}
		}
		return null;
	}

	private static void print(Report report, PrintStream out) {
		out.println(report.summaryJson());
		for (Report.Failure failure : report.failures()) {
			out.println();
			out.println("FAILED   " + failure.question());
			out.println("expected " + failure.expected());
			out.println("got      " + failure.got().replace("\n", " ⏎ ") + "  [" + failure.intent() + " "
					+ String.format(java.util.Locale.ROOT, "%.2f", failure.confidence()) + "]");
			out.println("why      " + failure.candidates());
		}
	}

	/**
	 * The {@code --key=value} arguments for Spring, plus a throw-away in-memory database
	 * unless one is given: evaluating must not touch the bot's data (or fight over its
	 * file lock).
	 */
	static String[] springArguments(String[] args) {
		List<String> spring = new java.util.ArrayList<>(
				java.util.Arrays.stream(args).filter(a -> a.startsWith("--") && a.contains("=")).toList());
		if (spring.stream().noneMatch(a -> a.startsWith("--spring.datasource.url="))) {
			spring.add("--spring.datasource.url=jdbc:h2:mem:evaluation;DB_CLOSE_DELAY=-1");
		}
		return spring.toArray(String[]::new);
	}

	/**
	 * The command's own options ({@code --tests X}); {@code --key=value} arguments go to
	 * Spring.
	 */
	static Map<String, String> options(String[] args) {
		Map<String, String> options = new LinkedHashMap<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (arg.contains("=")) {
				continue;
			}
			if (!List.of("--tests", "--report", "--min-overall").contains(arg) || i + 1 >= args.length) {
				throw new IllegalArgumentException("unknown or incomplete option '" + arg + "'");
			}
			options.put(arg, args[++i]);
		}
		if (!options.containsKey("--tests")) {
			throw new IllegalArgumentException("missing --tests FILE.yml");
		}
		String min = options.get("--min-overall");
		if (min != null && !min.matches("0(\\.\\d+)?|1(\\.0+)?")) {
			throw new IllegalArgumentException("--min-overall must be a number from 0 to 1, not '" + min + "'");
		}
		return options;
	}

}
