package de.rathausbot.training;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import de.rathausbot.dialogue.Decider;
import de.rathausbot.intents.Intent;
import de.rathausbot.intents.IntentContent;
import de.rathausbot.intents.RegressionCase;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.nlu.TrainedModel;

/**
 * Answers the staff's regression questions with a model and content (the ones in use, or
 * a change not yet published) and says which of them get what they expect.
 */
public final class RegressionCheck {

	private final Decider decider;

	public RegressionCheck(Decider decider) {
		this.decider = decider;
	}

	/** Each question decided exactly as the live dialogue would, at that moment. */
	public List<RegressionResult> run(List<RegressionCase> cases, TrainedModel model, IntentContent intents,
			KnowledgeBase.Snapshot knowledge, ZonedDateTime now) {
		List<RegressionResult> results = new ArrayList<>(cases.size());
		for (RegressionCase c : cases) {
			String got = this.decider.decide(c.question(), now, model, intents, knowledge).reaction().label();
			results
				.add(new RegressionResult(c.question(), c.expect(), got, passes(c.expect(), got, intents), c.source()));
		}
		return results;
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
