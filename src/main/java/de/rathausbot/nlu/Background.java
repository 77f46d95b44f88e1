package de.rathausbot.nlu;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** Runs slow start-up work (model loading, training) on its own daemon thread. */
public final class Background {

	private Background() {
	}

	public static <T> CompletableFuture<T> supply(String threadName, Supplier<T> work) {
		return CompletableFuture.supplyAsync(work, task -> {
			Thread thread = new Thread(task, threadName);
			thread.setDaemon(true);
			thread.start();
		});
	}

}
