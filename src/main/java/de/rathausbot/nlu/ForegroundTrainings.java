package de.rathausbot.nlu;

import java.util.concurrent.CompletableFuture;

/**
 * Trainings someone waits for (an editor's "test before save"): background work (a
 * calibration) waits until none runs, so the cores go to the editor first.
 */
final class ForegroundTrainings {

	private int running;

	private CompletableFuture<Void> none = CompletableFuture.completedFuture(null);

	synchronized void begin() {
		if (this.running++ == 0) {
			this.none = new CompletableFuture<>();
		}
	}

	synchronized void end() {
		if (--this.running == 0) {
			this.none.complete(null);
		}
	}

	/** Returns when no foreground training runs. */
	void awaitNone() {
		CompletableFuture<Void> none;
		synchronized (this) {
			none = this.none;
		}
		none.join();
	}

}
