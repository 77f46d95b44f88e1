package de.rathausbot.nlu;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Fits the calibration of a model put to use once the editors pause: editors often save
 * several changes in a row, and a change within the delay replaces the calibration still
 * waiting (one that already runs is abandoned by its own check). All tenants'
 * calibrations take turns on one daemon thread ({@link #thread()}), shut down with the
 * application.
 */
final class Recalibration implements AutoCloseable {

	private final Duration delay;

	private final ScheduledExecutorService scheduler;

	private ScheduledFuture<?> waiting;

	Recalibration(Duration delay, ScheduledExecutorService scheduler) {
		this.delay = delay;
		this.scheduler = scheduler;
	}

	/** The thread the calibrations run on, one after the other. */
	static ScheduledExecutorService thread() {
		return Executors.newSingleThreadScheduledExecutor(work -> {
			Thread thread = new Thread(work, "nlu-calibration");
			thread.setDaemon(true);
			return thread;
		});
	}

	synchronized void schedule(Runnable calibration) {
		if (this.waiting != null) {
			this.waiting.cancel(false);
		}
		this.waiting = this.scheduler.schedule(calibration, this.delay.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Drops the calibration still waiting (the thread is the classifier's to stop). */
	@Override
	public synchronized void close() {
		if (this.waiting != null) {
			this.waiting.cancel(false);
		}
	}

}
