package de.rathausbot.training;

import java.util.ArrayList;
import java.util.List;

import de.rathausbot.tenant.Tenant;
import de.rathausbot.tenant.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Starts the first training when the application starts, before the web server takes
 * requests (questions that come meanwhile wait for it), and not while the beans are being
 * built.
 */
@Component
class FirstTraining implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FirstTraining.class);

	private final AssistantTraining training;

	private final AsyncTaskExecutor executor;

	private volatile boolean started;

	/**
	 * @param applicationTaskExecutor Spring Boot's task executor: the training runs on it
	 * and stops with the application
	 */
	private final Tenants tenants;

	FirstTraining(AssistantTraining training, AsyncTaskExecutor applicationTaskExecutor, Tenants tenants) {
		this.training = training;
		this.tenants = tenants;
		this.executor = applicationTaskExecutor;
	}

	@Override
	public void start() {
		if (this.started) {
			return;
		}
		this.started = true;
		this.executor.submitCompletable(this::trainAll).exceptionally(ex -> {
			log.error("Training the NLU failed; the bot cannot answer", ex);
			this.training.failed(ex);
			return null;
		});
	}

	/**
	 * Trains every tenant's model: those without a Landkreis fully, then their Kommunen,
	 * level by level and side by side on the cores, each answering at once with its
	 * Landkreis's calibration until its own is fitted in the background.
	 */
	void trainAll() {
		List<Tenant> roots = this.tenants.parentsFirst().stream().filter(t -> !t.hasParent()).toList();
		roots.forEach(root -> this.tenants.as(root, this.training::trainCurrent));
		List<Tenant> level = this.tenants.all()
			.stream()
			.filter(t -> t.parent().isPresent() && roots.stream().anyMatch(r -> r.id().equals(t.parent().get())))
			.toList();
		java.util.concurrent.ExecutorService cores = java.util.concurrent.Executors
			.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
		try {
			while (!level.isEmpty()) {
				List<java.util.concurrent.Future<?>> trainings = new ArrayList<>();
				for (Tenant tenant : level) {
					trainings
						.add(cores.submit(() -> this.tenants.as(tenant, () -> this.training.trainBorrowing(tenant))));
				}
				for (java.util.concurrent.Future<?> training : trainings) {
					training.get();
				}
				List<Tenant> trained = level;
				level = this.tenants.all()
					.stream()
					.filter(t -> t.parent().isPresent()
							&& trained.stream().anyMatch(p -> p.id().equals(t.parent().get())))
					.toList();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while training the tenants", ex);
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException("training a tenant failed", ex.getCause());
		}
		finally {
			cores.shutdown();
		}
	}

	@Override
	public void stop() {
		// the executor stops with the application
	}

	@Override
	public boolean isRunning() {
		return this.started;
	}

	/** Before the web server, which starts in a later phase. */
	@Override
	public int getPhase() {
		return Integer.MIN_VALUE;
	}

}
