package de.rathausbot.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Writes what many request threads record in one transaction per turn: a thread that gets
 * the turn writes its own record and all that others queued meanwhile, so under load one
 * commit stores several messages, and alone a thread writes just its own. Every caller
 * returns only once its record is stored (or with the error that kept it from being
 * stored): nothing is acknowledged before it is written.
 */
final class GroupCommit<T> {

	/** At most this many records in one transaction. */
	static final int MAX_BATCH = 64;

	private final Queue<Pending<T>> queue = new ConcurrentLinkedQueue<>();

	private final ReentrantLock turn = new ReentrantLock();

	private final Consumer<List<T>> writeAll;

	/**
	 * @param writeAll writes records in one transaction, all or none
	 */
	GroupCommit(Consumer<List<T>> writeAll) {
		this.writeAll = writeAll;
	}

	/** Stores a record, together with others if they are waiting too. */
	void write(T record) {
		Pending<T> pending = new Pending<>(record);
		this.queue.add(pending);
		this.turn.lock();
		try {
			while (!pending.done) {
				writeQueued();
			}
		}
		finally {
			this.turn.unlock();
		}
		if (pending.failure != null) {
			throw pending.failure;
		}
	}

	private void writeQueued() {
		List<Pending<T>> batch = new ArrayList<>();
		Pending<T> next;
		while (batch.size() < MAX_BATCH && (next = this.queue.poll()) != null) {
			batch.add(next);
		}
		if (batch.isEmpty()) {
			return;
		}
		try {
			this.writeAll.accept(batch.stream().map(p -> p.record).toList());
			batch.forEach(p -> p.done = true);
		}
		catch (RuntimeException ex) {
			if (batch.size() == 1) {
				batch.get(0).fail(ex);
				return;
			}
			// one record's problem must not lose the others: each on its own
			for (Pending<T> p : batch) {
				try {
					this.writeAll.accept(List.of(p.record));
					p.done = true;
				}
				catch (RuntimeException single) {
					p.fail(single);
				}
				catch (Error error) {
					failAll(batch, error);
					throw error;
				}
			}
		}
		catch (Error error) {
			// every caller of the batch learns of it, none waits for ever
			failAll(batch, error);
			throw error;
		}
	}

	private static <T> void failAll(List<Pending<T>> batch, Error error) {
		batch.stream()
			.filter(p -> !p.done)
			.forEach(p -> p.fail(new IllegalStateException("the record could not be stored", error)));
	}

	/**
	 * A record and what became of it; read and written only by threads holding the turn.
	 */
	private static final class Pending<T> {

		private final T record;

		private boolean done;

		private RuntimeException failure;

		Pending(T record) {
			this.record = record;
		}

		void fail(RuntimeException ex) {
			this.failure = ex;
			this.done = true;
		}

	}

}
