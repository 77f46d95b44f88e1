package de.rathausbot.training;

import java.time.Clock;
import java.util.List;

import de.rathausbot.content.ContentException;
import de.rathausbot.content.ContentStore;
import de.rathausbot.conversation.Inbox;
import de.rathausbot.dialogue.Decider;
import de.rathausbot.dialogue.Dialogue;
import de.rathausbot.intents.Intent;
import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.intents.IntentContent;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.nlu.ContentWords;
import de.rathausbot.nlu.IntentClassifier;
import de.rathausbot.nlu.TrainedModel;
import de.rathausbot.nlu.TrainingExample;
import de.rathausbot.system.ClusterLocks;
import de.rathausbot.tenant.Tenant;
import de.rathausbot.tenant.Tenants;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Teaches the classifier the current content: every intent's title and examples, every
 * knowledge item's name and synonyms (so "Führungszeugnis" finds the service even without
 * an intent), and the out-of-scope examples. The first training runs in the background
 * while the rest of the application starts; the bot reports healthy only when it is done,
 * and questions that arrive earlier wait for it.
 */
@Component
public class AssistantTraining {

	private static final Logger log = LoggerFactory.getLogger(AssistantTraining.class);

	private final IntentClassifier classifier;

	private final IntentCatalog intents;

	private final KnowledgeBase knowledge;

	private final TrainingState state;

	private final RegressionRuns regressions;

	private final Tenants tenants;

	private final ContentStore store;

	private final PublishedVersions versions;

	private final MeterRegistry registry;

	private final ClusterLocks locks;

	AssistantTraining(IntentClassifier classifier, IntentCatalog intents, KnowledgeBase knowledge, Inbox inbox,
			Decider decider, Clock clock, Tenants tenants, ContentStore store, PublishedVersions versions,
			ClusterLocks locks, MeterRegistry registry, TrainingState state) {
		this.state = state;
		this.registry = registry;
		this.versions = versions;
		this.locks = locks;
		this.tenants = tenants;
		this.store = store;
		this.classifier = classifier;
		this.intents = intents;
		this.knowledge = knowledge;
		this.regressions = new RegressionRuns(new RegressionCheck(decider), classifier, intents, knowledge, inbox,
				tenants, clock);
	}

	/**
	 * A Kommune's first model, with its Landkreis's calibration until its own is fitted.
	 */
	void trainBorrowing(Tenant tenant) {
		List<TrainingExample> examples = TrainingExamples.of(this.intents.content(), this.knowledge.current());
		this.classifier.trainBorrowingCalibration(examples, words(this.intents.content(), this.knowledge.current()),
				this::target, tenant.parent().orElseThrow());
		this.state.trained(examples.size());
	}

	/** The current tenant's first model, trained and calibrated. */
	void trainCurrent() {
		List<TrainingExample> examples = TrainingExamples.of(this.intents.content(), this.knowledge.current());
		this.classifier.train(examples, words(this.intents.content(), this.knowledge.current()), this::target);
		this.state.trained(examples.size());
	}

	/**
	 * A change trained and checked, ready to be {@link #publish(Prepared) published}.
	 *
	 * @param results every regression question with the change
	 * @param regressions the questions the change breaks: they pass with the content in
	 * use and fail with the change
	 */
	public record Prepared(IntentContent intents, KnowledgeBase.Snapshot knowledge, TrainedModel model,
			List<TrainingExample> examples, List<RegressionResult> results, List<RegressionResult> regressions) {

		public Prepared {
			results = List.copyOf(results);
			regressions = List.copyOf(regressions);
		}

	}

	/**
	 * Trains a model on changed content and answers the regression questions with it,
	 * without putting anything to use.
	 */
	public Prepared prepare(IntentContent intents, KnowledgeBase.Snapshot knowledge) {
		return timer("rathausbot.training", "training a model on changed content and answering its test questions")
			.record(() -> prepareNow(intents, knowledge));
	}

	private Prepared prepareNow(IntentContent intents, KnowledgeBase.Snapshot knowledge) {
		List<TrainingExample> examples = TrainingExamples.of(intents, knowledge);
		TrainedModel model = this.classifier.prepare(examples, words(intents, knowledge));
		RegressionRuns.Compared tests = this.regressions.compare(model, intents, knowledge);
		return new Prepared(intents, knowledge, model, examples, tests.results(), tests.regressions());
	}

	/**
	 * Serves a prepared change and puts its model to use: it is answered with when this
	 * returns.
	 */
	public synchronized void publish(Prepared prepared) {
		use(prepared);
		this.versions.published(this.tenants.current().id());
		retrainHeirs(this.tenants.current());
	}

	/**
	 * Serves a tenant's content as stored now: another instance published it. Its
	 * Kommunen read it again too.
	 */
	synchronized void reload(Tenant tenant) {
		this.tenants.as(tenant, this::useStored);
		retrainHeirs(tenant);
	}

	/** The Kommunen that inherit the changed content read it again and retrain. */
	private void retrainHeirs(Tenant changed) {
		for (Tenant heir : this.tenants.descendants(changed)) {
			this.tenants.as(heir, () -> {
				try {
					useStored();
				}
				catch (ContentException ex) {
					log.warn("{} keeps its content: with the change of its Landkreis it reads no more: {}", heir.id(),
							ex.getMessage());
				}
			});
		}
	}

	/** The current tenant's content as stored now, trained and put to use. */
	private void useStored() {
		use(prepare(this.intents.read(this.store.files(IntentCatalog.GROUP)),
				this.knowledge.read(this.store.files(KnowledgeBase.GROUP))));
	}

	/** Runs a content change (check, store, publish) alone on all instances. */
	public <T> T exclusively(java.util.function.Supplier<T> change) {
		return this.locks.exclusively("content-edits", change);
	}

	private Timer timer(String name, String description) {
		return Timer.builder(name)
			.description(description)
			.tag("tenant", this.tenants.current().id())
			.register(this.registry);
	}

	private void use(Prepared prepared) {
		timer("rathausbot.publishing", "putting a trained change to use").record(() -> useNow(prepared));
	}

	private void useNow(Prepared prepared) {
		this.knowledge.serve(prepared.knowledge());
		this.intents.serve(prepared.intents());
		this.classifier.use(prepared.model(), prepared.examples(), words(prepared.intents(), prepared.knowledge()),
				this::target);
		this.regressions.answered(prepared.model(), prepared.intents(), prepared.knowledge(), prepared.results());
		this.state.trained(prepared.examples().size());
	}

	/**
	 * The regression questions of the content in use and those approved in the inbox,
	 * answered by the model in use.
	 */
	public List<RegressionResult> test() {
		return this.regressions.inUse();
	}

	/** The examples the bot is trained on now (for cross-validation and tuning). */
	public List<TrainingExample> examples() {
		return TrainingExamples.of(this.intents.content(), this.knowledge.current());
	}

	/**
	 * The words the bot is trained with besides the examples: the staff's synonyms and
	 * everyday words, and the words that never decide a topic.
	 */
	public ContentWords words() {
		return words(this.intents.content(), this.knowledge.current());
	}

	/**
	 * Time words are neutral: the dialogue handles them itself. (The municipality's own
	 * name was tried as neutral too: it lifted the Munich questions by one in a hundred
	 * but lost "Anschrift Stadt Ludwigsburg".)
	 */
	private static ContentWords words(IntentContent intents, KnowledgeBase.Snapshot knowledge) {
		return new ContentWords(intents.synonyms(), intents.everyday(), Dialogue.timeWords());
	}

	/**
	 * What a label answers: an intent that answers from a knowledge item stands for that
	 * item ("personalausweis" and "service:personalausweis" give the same answer).
	 */
	public String target(String label) {
		return this.intents.content().find(label).flatMap(Intent::knowledge).orElse(label);
	}

	/** The first training failed: the bot cannot answer. */
	void failed(Throwable ex) {
		this.state.failed(ex);
		for (Tenant tenant : this.tenants.all()) {
			this.tenants.as(tenant, () -> this.classifier.trainingFailed(ex));
		}
	}

}
