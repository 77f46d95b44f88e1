package de.rathausbot.conversation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import de.rathausbot.intents.Intent;
import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.intents.IntentContent;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.knowledge.KnowledgeItem;
import de.rathausbot.knowledge.Service;
import de.rathausbot.nlu.Background;
import de.rathausbot.nlu.IntentClassifier;
import de.rathausbot.nlu.TrainingExample;
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

	private volatile Instant trainedAt;

	private volatile int exampleCount;

	private volatile Throwable failure;

	AssistantTraining(IntentClassifier classifier, IntentCatalog intents, KnowledgeBase knowledge) {
		this.classifier = classifier;
		this.intents = intents;
		this.knowledge = knowledge;
		Background.supply("nlu-training", () -> {
			train();
			return null;
		}).exceptionally(ex -> {
			log.error("Training the NLU failed; the bot cannot answer", ex);
			this.failure = ex;
			classifier.trainingFailed(ex);
			return null;
		});
	}

	void train() {
		List<TrainingExample> examples = examples(this.intents.content(), this.knowledge.items());
		this.classifier.train(examples, this.intents.content().synonyms(), TimeWords.neutral(), this::target);
		this.exampleCount = examples.size();
		this.trainedAt = Instant.now();
	}

	/**
	 * Serves the content the database holds now and retrains: a saved change is answered
	 * with when this returns. Throws (and keeps serving the last good content) if the
	 * content does not read.
	 * @return milliseconds from the start of the reload until the new model was in use
	 */
	public synchronized long publish() {
		long start = System.nanoTime();
		this.knowledge.reload();
		this.intents.reload();
		return retrain(start);
	}

	/**
	 * Serves intents already read and checked (an editor's save) and retrains; the
	 * knowledge is unchanged.
	 * @return milliseconds until the new model was in use
	 */
	public synchronized long publish(IntentContent checked) {
		long start = System.nanoTime();
		this.intents.serve(checked);
		return retrain(start);
	}

	private long retrain(long start) {
		List<TrainingExample> examples = examples(this.intents.content(), this.knowledge.items());
		this.classifier.retrain(examples, this.intents.content().synonyms(), TimeWords.neutral(), this::target);
		this.exampleCount = examples.size();
		this.trainedAt = Instant.now();
		return (System.nanoTime() - start) / 1_000_000;
	}

	/** The examples the bot is trained on now (for cross-validation and tuning). */
	public List<TrainingExample> examples() {
		return examples(this.intents.content(), this.knowledge.items());
	}

	/** The staff-maintained synonyms the bot is trained with. */
	public Map<String, List<String>> synonyms() {
		return this.intents.content().synonyms();
	}

	/**
	 * What a label answers: an intent that answers from a knowledge item stands for that
	 * item ("personalausweis" and "service:personalausweis" give the same answer).
	 */
	public String target(String label) {
		return this.intents.content().find(label).flatMap(Intent::knowledge).orElse(label);
	}

	/** Words that never decide a topic (time words the dialogue handles itself). */
	public Set<String> neutralWords() {
		return TimeWords.neutral();
	}

	static List<TrainingExample> examples(IntentContent content, List<KnowledgeItem> items) {
		List<TrainingExample> examples = new ArrayList<>();
		for (Intent intent : content.intents()) {
			examples.add(new TrainingExample(intent.id(), intent.title()));
			intent.examples().forEach(e -> examples.add(new TrainingExample(intent.id(), e)));
		}
		examples.addAll(knowledgeExamples(items));
		content.outOfScope().forEach(e -> examples.add(new TrainingExample(IntentClassifier.OUT_OF_SCOPE, e)));
		return examples;
	}

	/**
	 * What the bot learns from knowledge items, labelled with their references: names,
	 * synonyms, keywords, a service's documents and the sentences of its details.
	 */
	public static List<TrainingExample> knowledgeExamples(List<? extends KnowledgeItem> items) {
		List<TrainingExample> examples = new ArrayList<>();
		for (KnowledgeItem item : items) {
			examples.add(new TrainingExample(item.ref(), item.name()));
			item.synonyms().forEach(s -> examples.add(new TrainingExample(item.ref(), s)));
			if (!item.keywords().isEmpty()) {
				examples.add(new TrainingExample(item.ref(), item.name() + " " + String.join(" ", item.keywords())));
			}
			if (item instanceof Service service) {
				// "Brauche ich ein biometrisches Passfoto?" is about the services that
				// need one
				service.documents()
					.forEach(d -> examples.add(new TrainingExample(item.ref(), service.name() + " " + d)));
				// a catalogue's longer text, learnt as one example (split into sentences
				// it found fewer services in the Munich benchmark)
				service.details()
					.ifPresent(d -> examples.add(new TrainingExample(item.ref(), service.summary() + " " + d)));
			}
		}
		return examples;
	}

	/** Why the first training failed, if it did. */
	Throwable failure() {
		return this.failure;
	}

	Instant trainedAt() {
		return this.trainedAt;
	}

	int exampleCount() {
		return this.exampleCount;
	}

}
