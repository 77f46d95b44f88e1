package de.rathausbot.training;

import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.nlu.IntentClassifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * UP once intents and knowledge are loaded and the matcher is trained; shows what is
 * served.
 */
@Component("assistant")
class AssistantHealthIndicator implements HealthIndicator {

	private final IntentClassifier classifier;

	private final IntentCatalog intents;

	private final KnowledgeBase knowledge;

	private final AssistantTraining training;

	AssistantHealthIndicator(IntentClassifier classifier, IntentCatalog intents, KnowledgeBase knowledge,
			AssistantTraining training) {
		this.classifier = classifier;
		this.intents = intents;
		this.knowledge = knowledge;
		this.training = training;
	}

	@Override
	public Health health() {
		if (this.training.failure() != null) {
			return Health.down()
				.withDetail("reason", "training failed: " + this.training.failure().getMessage())
				.build();
		}
		if (!this.classifier.isTrained()) {
			return Health.down().withDetail("reason", "matcher not trained yet").build();
		}
		return Health.up()
			.withDetail("intents", this.intents.content().intents().size())
			.withDetail("services", this.knowledge.services().size())
			.withDetail("contacts", this.knowledge.contacts().size())
			.withDetail("events", this.knowledge.events().size())
			.withDetail("trainingExamples", this.training.exampleCount())
			.withDetail("trainedAt", String.valueOf(this.training.trainedAt()))
			.withDetail("signals", this.classifier.signals())
			.withDetail("threshold", this.classifier.properties().threshold())
			.withDetail("calibrated", this.classifier.isCalibrated())
			.build();
	}

}
