package de.rathausbot.generation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Leaves a failing model alone for a while: after {@code failuresToOpen} failed calls in
 * a row, no call is made for {@code openFor}; then one call tries again, and a success
 * closes the circuit. Citizens meanwhile get the quoted passage at once instead of
 * waiting for a timeout.
 */
final class ModelCircuit {

	private final int failuresToOpen;

	private final Duration openFor;

	private final Clock clock;

	private int failures;

	private Instant openUntil = Instant.MIN;

	ModelCircuit(int failuresToOpen, Duration openFor, Clock clock) {
		this.failuresToOpen = failuresToOpen;
		this.openFor = openFor;
		this.clock = clock;
	}

	/** Whether a call may be made now. */
	synchronized boolean allows() {
		return !this.clock.instant().isBefore(this.openUntil);
	}

	synchronized void succeeded() {
		this.failures = 0;
		this.openUntil = Instant.MIN;
	}

	synchronized void failed() {
		this.failures++;
		if (this.failures >= this.failuresToOpen) {
			this.openUntil = this.clock.instant().plus(this.openFor);
			// one more failure after the pause opens it again
			this.failures = this.failuresToOpen - 1;
		}
	}

}
