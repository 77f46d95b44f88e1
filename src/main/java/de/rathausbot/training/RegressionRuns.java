package de.rathausbot.training;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.rathausbot.conversation.Inbox;
import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.intents.IntentContent;
import de.rathausbot.intents.RegressionCase;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.nlu.IntentClassifier;
import de.rathausbot.nlu.TrainedModel;
import de.rathausbot.tenant.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current tenant's regression questions (its content's and those approved in its
 * inbox) answered by the model in use, remembered while model and content stay; and a
 * change's answers compared with them.
 */
final class RegressionRuns {

	private static final Logger log = LoggerFactory.getLogger(RegressionRuns.class);

	private final RegressionCheck check;

	private final IntentClassifier classifier;

	private final IntentCatalog intents;

	private final KnowledgeBase knowledge;

	private final Inbox inbox;

	private final Tenants tenants;

	private final Clock clock;

	/** Each tenant's last run, by tenant id. */
	private final Map<String, Run> last = new ConcurrentHashMap<>();

	RegressionRuns(RegressionCheck check, IntentClassifier classifier, IntentCatalog intents, KnowledgeBase knowledge,
			Inbox inbox, Tenants tenants, Clock clock) {
		this.check = check;
		this.classifier = classifier;
		this.intents = intents;
		this.knowledge = knowledge;
		this.inbox = inbox;
		this.tenants = tenants;
		this.clock = clock;
	}

	/** Regression questions answered by one model with one content. */
	private record Run(TrainedModel model, IntentContent intents, KnowledgeBase.Snapshot knowledge,
			List<RegressionResult> results) {

		List<String> questions() {
			return this.results.stream().map(r -> r.question() + "\t" + r.expect()).toList();
		}

	}

	/**
	 * A change's answers to the questions, and those it breaks: they pass with the
	 * content in use and fail with the change.
	 */
	record Compared(List<RegressionResult> results, List<RegressionResult> regressions) {
	}

	Compared compare(TrainedModel model, IntentContent content, KnowledgeBase.Snapshot changed) {
		long start = System.nanoTime();
		List<RegressionCase> cases = cases(content);
		List<RegressionResult> results = this.check.run(cases, model, content, changed, ZonedDateTime.now(this.clock));
		List<RegressionResult> before = inUse(cases);
		log.debug("{} regression questions answered in {} ms", results.size(), (System.nanoTime() - start) / 1_000_000);
		List<RegressionResult> regressions = new ArrayList<>();
		for (int i = 0; i < results.size(); i++) {
			if (!results.get(i).passed() && before.get(i).passed()) {
				regressions.add(results.get(i));
			}
		}
		return new Compared(results, regressions);
	}

	/** The questions of the content in use, answered by the model in use. */
	List<RegressionResult> inUse() {
		return inUse(cases(this.intents.content()));
	}

	/** Remembers the answers of a change that was put to use. */
	void answered(TrainedModel model, IntentContent content, KnowledgeBase.Snapshot knowledge,
			List<RegressionResult> results) {
		this.last.put(this.tenants.current().id(), new Run(model, content, knowledge, results));
	}

	private List<RegressionCase> cases(IntentContent content) {
		List<RegressionCase> cases = new ArrayList<>(content.tests());
		cases.addAll(this.inbox.approved());
		return cases;
	}

	/**
	 * The given questions answered by the model and content in use; remembered while
	 * those do not change (the questions of a published change were answered when it was
	 * prepared).
	 */
	private List<RegressionResult> inUse(List<RegressionCase> cases) {
		Run run = this.last.get(this.tenants.current().id());
		TrainedModel model = this.classifier.current();
		IntentContent content = this.intents.content();
		KnowledgeBase.Snapshot served = this.knowledge.current();
		if (run != null && run.model() == model && run.intents() == content && run.knowledge() == served
				&& run.questions().equals(cases.stream().map(c -> c.question() + "\t" + c.expect()).toList())) {
			return run.results();
		}
		List<RegressionResult> results = this.check.run(cases, model, content, served, ZonedDateTime.now(this.clock));
		answered(model, content, served, results);
		return results;
	}

}
