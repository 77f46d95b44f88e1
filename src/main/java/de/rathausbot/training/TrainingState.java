package de.rathausbot.training;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.rathausbot.tenant.Tenants;
import org.springframework.stereotype.Component;

/**
 * When each tenant's model was trained last and on how many examples, and why the first
 * training failed if it did: what the health endpoint reports.
 */
@Component
class TrainingState {

	private record Trained(Instant at, int examples) {
	}

	private final Map<String, Trained> trained = new ConcurrentHashMap<>();

	private final Tenants tenants;

	private volatile Throwable failure;

	TrainingState(Tenants tenants) {
		this.tenants = tenants;
	}

	/** The current tenant's model was trained on that many examples. */
	void trained(int examples) {
		this.trained.put(this.tenants.current().id(), new Trained(Instant.now(), examples));
	}

	/** Whether every tenant's first model is trained. */
	boolean trainedAll() {
		return this.tenants.all().stream().allMatch(t -> this.trained.containsKey(t.id()));
	}

	void failed(Throwable ex) {
		this.failure = ex;
	}

	/** Why the first training failed, if it did. */
	Throwable failure() {
		return this.failure;
	}

	/** When the current tenant's model was trained (null before). */
	Instant trainedAt() {
		Trained last = this.trained.get(this.tenants.current().id());
		return last == null ? null : last.at();
	}

	int exampleCount() {
		Trained last = this.trained.get(this.tenants.current().id());
		return last == null ? 0 : last.examples();
	}

}
