package de.rathausbot.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A deployment made up for one evaluation: the bot started without a web server on
 * knowledge written to a temporary folder, with the intents every city starts with
 * ({@code import-catalogue --intents}), and removed afterwards.
 */
final class Deployment implements AutoCloseable {

	/** The greetings and out-of-scope questions shipped for new deployments. */
	static final String STARTER_INTENTS = "classpath:starter/intents/";

	private final Path knowledge;

	private final ConfigurableApplicationContext context;

	private Deployment(Path knowledge, ConfigurableApplicationContext context) {
		this.knowledge = knowledge;
		this.context = context;
	}

	/**
	 * @param write fills the knowledge folder
	 * @param args the command's arguments: its {@code --spring.property=value} ones apply
	 */
	static Deployment start(Class<?> application, String[] args, KnowledgeWriter write) {
		Path folder;
		try {
			folder = Files.createTempDirectory("rathausbot-evaluation");
			write.into(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write the evaluation's knowledge", ex);
		}
		List<String> spring = new ArrayList<>(List.of(EvaluationCommand.springArguments(args, null)));
		spring.add("--rathausbot.knowledge.location=file:" + folder.toAbsolutePath() + "/");
		spring.add("--rathausbot.intents.location=" + STARTER_INTENTS);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(application).web(WebApplicationType.NONE)
			.properties("spring.main.banner-mode=off", "logging.level.root=WARN")
			.run(spring.toArray(String[]::new));
		return new Deployment(folder, context);
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	@Override
	public void close() {
		this.context.close();
		try (Stream<Path> files = Files.walk(this.knowledge)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder left behind is no failure of the evaluation
		}
	}

	/** Writes a deployment's knowledge files into its folder. */
	interface KnowledgeWriter {

		void into(Path folder) throws IOException;

	}

}
