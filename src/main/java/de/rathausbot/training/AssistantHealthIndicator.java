package de.rathausbot.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.nlu.IntentClassifier;
import de.rathausbot.tenant.Tenant;
import de.rathausbot.tenant.Tenants;
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

	private final TrainingState training;

	private final Tenants tenants;

	private final PublishedVersions versions;

	AssistantHealthIndicator(IntentClassifier classifier, IntentCatalog intents, KnowledgeBase knowledge,
			TrainingState training, Tenants tenants, PublishedVersions versions) {
		this.tenants = tenants;
		this.versions = versions;
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
		if (!this.tenants.several()) {
			if (!this.classifier.isTrained()) {
				return Health.down().withDetail("reason", "matcher not trained yet").build();
			}
			return Health.up().withDetails(details()).build();
		}
		Map<String, Object> perTenant = new LinkedHashMap<>();
		List<String> untrained = new ArrayList<>();
		for (Tenant tenant : this.tenants.all()) {
			this.tenants.as(tenant, () -> {
				if (this.classifier.isTrained()) {
					perTenant.put(tenant.id(), details());
				}
				else {
					untrained.add(tenant.id());
				}
			});
		}
		if (!untrained.isEmpty()) {
			return Health.down().withDetail("reason", "matcher not trained yet for " + untrained).build();
		}
		return Health.up().withDetail("tenants", perTenant).build();
	}

	/** The current tenant's content and model. */
	private Map<String, Object> details() {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("intents", this.intents.content().intents().size());
		details.put("services", this.knowledge.services().size());
		details.put("contacts", this.knowledge.contacts().size());
		details.put("events", this.knowledge.events().size());
		details.put("trainingExamples", this.training.exampleCount());
		details.put("trainedAt", String.valueOf(this.training.trainedAt()));
		details.put("signals", this.classifier.signals());
		details.put("threshold", this.classifier.properties().threshold());
		details.put("calibrated", this.classifier.isCalibrated());
		// the content version this instance serves (the same on every instance once it
		// read a change)
		details.put("contentVersion", this.versions.served(this.tenants.current().id()));
		return details;
	}

}
