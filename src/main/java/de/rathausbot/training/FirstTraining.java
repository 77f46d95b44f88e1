package de.rathausbot.training;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import de.rathausbot.nlu.Background;

/**
 * Starts the first training when the application starts, before the web server takes
 * requests (questions that come meanwhile wait for it), and not while the beans are being
 * built.
 */
@Component
class FirstTraining implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(FirstTraining.class);

	private final AssistantTraining training;

	private volatile boolean started;

	FirstTraining(AssistantTraining training) {
		this.training = training;
	}

	@Override
	public void start() {
		if (this.started) {
			return;
		}
		this.started = true;
		Background.supply("nlu-training", () -> {
			this.training.train();
			return null;
		}).exceptionally(ex -> {
			log.error("Training the NLU failed; the bot cannot answer", ex);
			this.training.failed(ex);
			return null;
		});
	}

	@Override
	public void stop() {
		// a training in progress finishes on its daemon thread; nothing to release
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
