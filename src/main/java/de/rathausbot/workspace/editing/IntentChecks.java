package de.rathausbot.workspace.editing;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.rathausbot.content.ContentException;
import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.Dialogue;
import de.rathausbot.intents.Intent;
import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.intents.IntentContent;
import de.rathausbot.training.AssistantTraining;
import de.rathausbot.training.ChangeAnswers;
import de.rathausbot.training.RegressionResult;
import de.rathausbot.workspace.WorkspaceProblem;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * What an editor sees before saving an intent: how the changed content would answer some
 * of its examples, and which examples the bot answers with another intent today or
 * another intent has too.
 */
@Component
class IntentChecks {

	private final IntentEditing editing;

	private final IntentCatalog intents;

	private final AssistantTraining training;

	private final Dialogue dialogue;

	private final Clock clock;

	private final ChangeAnswers answers;

	IntentChecks(IntentEditing editing, IntentCatalog intents, AssistantTraining training, Dialogue dialogue,
			Clock clock, ChangeAnswers answers) {
		this.answers = answers;
		this.editing = editing;
		this.intents = intents;
		this.training = training;
		this.dialogue = dialogue;
		this.clock = clock;
	}

	/**
	 * How the bot would answer with the intent changed as in the request: a few of its
	 * examples asked of the changed content, before anything is saved.
	 *
	 * @param answers each question with the answer text and the intent it is answered by
	 * @param regressions test questions the change would break
	 */
	record Preview(List<PreviewAnswer> answers, List<RegressionResult> regressions) {
	}

	/**
	 * @param intent the label that answers, null for the fallback
	 * @param ours whether that is the intent being edited (or the knowledge it answers
	 * from)
	 */
	record PreviewAnswer(String question, String text, String intent, String outcome, boolean ours) {
	}

	ResponseEntity<?> preview(String id, IntentEditing.IntentRequest request, int questions) {
		Optional<ResponseEntity<?>> invalid = this.editing.validate(id, request);
		if (invalid.isPresent()) {
			return invalid.get();
		}
		AssistantTraining.Prepared prepared;
		try {
			prepared = this.editing.items().prepare(id, this.editing.yaml(id, request));
		}
		catch (ContentException ex) {
			return WorkspaceProblem.content(ex);
		}
		List<String> asked = request.examples()
			.stream()
			.map(String::strip)
			.filter(e -> !e.isEmpty())
			.limit(questions)
			.toList();
		List<Answer> answers = this.answers.of(prepared, asked);
		List<PreviewAnswer> preview = new ArrayList<>();
		for (int i = 0; i < asked.size(); i++) {
			Answer answer = answers.get(i);
			preview.add(new PreviewAnswer(asked.get(i), answer.text(), answer.intent(), answer.outcome().name(),
					answersFor(id, request.knowledge(), answer.intent())));
		}
		return ResponseEntity.ok(new Preview(preview, prepared.regressions()));
	}

	private static boolean answersFor(String id, String knowledge, String label) {
		return label != null && (label.equals(id) || knowledge != null && label.equals(knowledge.strip()));
	}

	/**
	 * An example as the bot treats it today.
	 *
	 * @param answeredBy the intent (or knowledge item) that answers it now, null if none
	 * @param title that intent's title, if it is one
	 * @param ours whether that is the intent being edited
	 * @param alsoIn other intents that have the same example
	 */
	record ExampleCheck(String example, String answeredBy, String title, boolean ours, List<String> alsoIn) {
	}

	List<ExampleCheck> checkExamples(String id, List<String> examples, String knowledge) {
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		IntentContent content = this.intents.content();
		List<ExampleCheck> checks = new ArrayList<>();
		for (String example : examples.stream().map(String::strip).filter(e -> !e.isEmpty()).distinct().toList()) {
			Answer answer = this.dialogue.answer(example, Optional.empty(), now);
			String label = answer.intent();
			String title = label == null ? null : content.find(label).map(Intent::title).orElse(null);
			List<String> alsoIn = content.intents()
				.stream()
				.filter(i -> !i.id().equals(id))
				.filter(i -> i.examples().stream().anyMatch(e -> IntentEditing.sameWords(e, example)))
				.map(Intent::id)
				.toList();
			checks.add(new ExampleCheck(example, label, title, answersFor(id, knowledge, label), alsoIn));
		}
		return checks;
	}

}
