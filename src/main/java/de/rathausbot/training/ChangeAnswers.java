package de.rathausbot.training;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.Dialogue;
import org.springframework.stereotype.Component;

/**
 * How a prepared change answers questions, worded as the live bot words them, before
 * anything is published (the workspace's "So antwortet der Bot").
 */
@Component
public class ChangeAnswers {

	private final Dialogue dialogue;

	private final Clock clock;

	ChangeAnswers(Dialogue dialogue, Clock clock) {
		this.dialogue = dialogue;
		this.clock = clock;
	}

	public List<Answer> of(AssistantTraining.Prepared prepared, List<String> questions) {
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		return questions.stream()
			.map(q -> this.dialogue.answer(q, Optional.empty(), now, prepared.model(), prepared.intents(),
					prepared.knowledge()))
			.toList();
	}

}
