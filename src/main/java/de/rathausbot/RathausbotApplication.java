package de.rathausbot;

import de.rathausbot.evaluation.EvaluationCommand;
import de.rathausbot.intents.IntentImportCommand;
import de.rathausbot.knowledge.CatalogueImportCommand;
import de.rathausbot.knowledge.FaqImportCommand;
import de.rathausbot.knowledge.SiteImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Rathausbot: a self-hosted citizen-service assistant. Without arguments it serves the
 * chat API; with {@code evaluate ...} it measures the bot offline and prints a report;
 * with {@code import ...} it turns another tool's training data into an intents file;
 * {@code import-catalogue}, {@code import-faq} and {@code import-site} write knowledge
 * files from a service catalogue, a FAQ export and a city's web pages.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class RathausbotApplication {

	public static void main(String[] args) {
		if (args.length > 0 && EvaluationCommand.NAME.equals(args[0])) {
			System.exit(EvaluationCommand.run(RathausbotApplication.class, args));
		}
		if (args.length > 0 && CatalogueImportCommand.NAME.equals(args[0])) {
			System.exit(CatalogueImportCommand.run(args));
		}
		if (args.length > 0 && FaqImportCommand.NAME.equals(args[0])) {
			System.exit(FaqImportCommand.run(args));
		}
		if (args.length > 0 && SiteImportCommand.NAME.equals(args[0])) {
			System.exit(SiteImportCommand.run(args));
		}
		if (args.length > 0 && IntentImportCommand.NAME.equals(args[0])) {
			System.exit(IntentImportCommand.run(args));
		}
		SpringApplication.run(RathausbotApplication.class, args);
	}

}
