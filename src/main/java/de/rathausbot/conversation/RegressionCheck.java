package de.rathausbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import de.rathausbot.intents.Intent;
import de.rathausbot.intents.IntentContent;
import de.rathausbot.intents.RegressionCase;
import de.rathausbot.knowledge.Event;
import de.rathausbot.knowledge.KnowledgeItem;
import de.rathausbot.knowledge.Page;
import de.rathausbot.nlu.IntentClassifier;
import de.rathausbot.nlu.Interpretation;
import de.rathausbot.nlu.NluProperties;
import de.rathausbot.nlu.TrainedModel;

/**
 * Answers the staff's regression questions with a model and content (the ones in use, or
 * a change not yet published) and says which of them get what they expect.
 */
final class RegressionCheck {

	private final NluProperties nlu;

	private final PageExcerpts excerpts;

	RegressionCheck(NluProperties nlu) {
		this.nlu = nlu;
		this.excerpts = new PageExcerpts(nlu.passageShare());
	}

	List<RegressionResult> run(List<RegressionCase> cases, TrainedModel model, IntentContent intents,
			Function<String, Optional<KnowledgeItem>> knowledge) {
		Choices choices = new Choices(intents, knowledge);
		List<RegressionResult> results = new ArrayList<>(cases.size());
		for (RegressionCase c : cases) {
			Interpretation interpretation = model.classify(c.question());
			String got = reaction(choices.of(interpretation), interpretation, c.question(), model);
			results
				.add(new RegressionResult(c.question(), c.expect(), got, passes(c.expect(), got, intents), c.source()));
		}
		return results;
	}

	/**
	 * The label that answers, {@code out-of-scope} for a fallback, or "clarify: a | b"
	 * when the bot would ask back.
	 */
	private String reaction(List<Choice> choices, Interpretation interpretation, String question, TrainedModel model) {
		Choices.Decision decision = Choices.decide(choices, interpretation, question, this.nlu);
		List<Choice> options = decision.options();
		boolean allEvents = options.stream().allMatch(c -> c.item().orElse(null) instanceof Event);
		return switch (decision.kind()) {
			case FALLBACK -> IntentClassifier.OUT_OF_SCOPE;
			case CLARIFY -> options.size() > 1 && allEvents ? options.get(0).label()
					: "clarify: " + String.join(" | ", options.stream().map(Choice::label).toList());
			case ANSWER -> options.get(0).item().orElse(null) instanceof Page page
					&& this.excerpts.excerpt(model, question, page).isEmpty() ? IntentClassifier.OUT_OF_SCOPE
							: options.get(0).label();
		};
	}

	/**
	 * Right when the expected label answered, or another label that answers from the same
	 * knowledge item.
	 */
	private static boolean passes(String expect, String got, IntentContent intents) {
		return expect.equals(got) || target(expect, intents).equals(target(got, intents));
	}

	private static String target(String label, IntentContent intents) {
		return intents.find(label).flatMap(Intent::knowledge).orElse(label);
	}

}
