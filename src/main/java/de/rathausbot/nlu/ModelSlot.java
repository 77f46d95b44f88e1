package de.rathausbot.nlu;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** One tenant's model in use, and what waits for it or recalibrates it. */
final class ModelSlot {

	volatile TrainedModel model;

	volatile Throwable trainingFailure;

	final CountDownLatch firstTraining = new CountDownLatch(1);

	final Recalibration recalibration;

	/** Counts the models put to use, so caches built on one can tell they are old. */
	final AtomicLong generation = new AtomicLong();

	ModelSlot(Recalibration recalibration) {
		this.recalibration = recalibration;
	}

	/** Puts a model to use; its generation. */
	synchronized long use(TrainedModel trained) {
		this.model = trained;
		long mine = this.generation.incrementAndGet();
		this.firstTraining.countDown();
		return mine;
	}

	/** The first training failed: whoever waits for the model gets the error. */
	void failed(Throwable failure) {
		this.trainingFailure = failure;
		this.firstTraining.countDown();
	}

	/** The first model, once trained; an error if training failed or took too long. */
	TrainedModel awaitFirstModel(Duration timeout) {
		try {
			if (!this.firstTraining.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new IllegalStateException("the NLU model is still not trained after " + timeout);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for the NLU model", ex);
		}
		if (this.model == null) {
			throw new IllegalStateException("the NLU model could not be trained", this.trainingFailure);
		}
		return this.model;
	}

}
