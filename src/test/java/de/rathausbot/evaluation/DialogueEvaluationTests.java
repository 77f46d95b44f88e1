package de.rathausbot.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.stream.Collectors;

import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.Dialogue;
import de.rathausbot.dialogue.Outcome;
import de.rathausbot.intents.Intent;
import de.rathausbot.intents.IntentCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Conversation tests as data: the demo content answers the project's own question set,
 * and the team's development set where it is available.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DialogueEvaluationTests {

	private static final Path OWN_CASES = Path.of("src/test/resources/eval/ludwigsburg-de.yml");

	private static final Path TEAM_CASES = Path.of("../shared/eval/dev-de.yml");

	@Autowired
	Dialogue dialogue;

	@Autowired
	Clock clock;

	@Autowired
	IntentCatalog intents;

	private Report evaluate(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		return new Evaluation(this.dialogue, this.clock).run(EvaluationCases.parse(file.toString(), text));
	}

	private static String failures(Report report) {
		return report.failures()
			.stream()
			.map(f -> f.question() + " -> " + f.got().lines().findFirst().orElse(""))
			.collect(Collectors.joining("\n", "\n", ""));
	}

	@Test
	void answersTheProjectsOwnQuestionSet() throws IOException {
		Report report = evaluate(OWN_CASES);

		assertThat(report.cases()).isGreaterThan(100);
		assertThat(report.overall()).as(failures(report)).isGreaterThanOrEqualTo(0.95);
		assertThat(report.categories().get("outOfScope")).as(failures(report)).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void answersEveryQuickReplyOfTheContent() {
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		for (Intent intent : this.intents.content().intents()) {
			for (String quickReply : intent.quickReplies()) {
				Answer answer = this.dialogue.answer(quickReply, Optional.empty(), now);
				assertThat(answer.outcome()).as("quick reply '%s' of intent %s", quickReply, intent.id())
					.isEqualTo(Outcome.ANSWERED);
			}
		}
	}

	@Test
	void answersTheTeamsDevelopmentSet() throws IOException {
		assumeTrue(Files.exists(TEAM_CASES),
				"skipped: " + TEAM_CASES + " (team development set) is not available here");

		Report report = evaluate(TEAM_CASES);

		assertThat(report.overall()).as(failures(report)).isGreaterThanOrEqualTo(0.9);
	}

}
