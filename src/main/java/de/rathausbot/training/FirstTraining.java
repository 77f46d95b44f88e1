package de.rathausbot.training;

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
	FirstTraining(AssistantTraining training, AsyncTaskExecutor applicationTaskExecutor) {
		this.training = training;
		this.executor = applicationTaskExecutor;
	}

	@Override
	public void start() {
		if (this.started) {
			return;
		}
		this.started = true;
		this.executor.submitCompletable(this.training::train).exceptionally(ex -> {
			log.error("Training the NLU failed; the bot cannot answer", ex);
			this.training.failed(ex);
			return null;
		});
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
