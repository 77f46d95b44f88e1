package de.rathausbot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.rathausbot.content.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A broken content file stops the start with file, line and problem. */
class ContentStartupTests {

	@Test
	void refusesToStartWithABrokenIntentsFile(@TempDir Path intents) throws IOException {
		Files.writeString(intents.resolve("broken.yml"), """
				intents:
				  - id: danke
				    title: Danke
				    answer: Gern
				    examples: [danke]
				""");

		Throwable failure = catchThrowable(
				() -> new SpringApplicationBuilder(RathausbotApplication.class).web(WebApplicationType.NONE)
					.run("--spring.datasource.url=jdbc:h2:mem:broken-start",
							"--rathausbot.intents.location=file:" + intents + "/")
					.close());

		assertThat(failure).as("the start should fail").isNotNull();
		Throwable cause = failure;
		while (cause != null && !(cause instanceof ContentException)) {
			cause = cause.getCause();
		}
		assertThat(cause).isInstanceOf(ContentException.class)
			.hasMessage(intents.toString().replace('\\', '/')
					+ "/broken.yml:5: intent 'danke' has 1 examples, needs at least 8");
	}

}
