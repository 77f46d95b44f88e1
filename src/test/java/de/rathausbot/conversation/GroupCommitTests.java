package de.rathausbot.conversation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupCommitTests {

	@Test
	void aCallerAloneWritesItsOwnRecord() {
		List<List<String>> batches = new ArrayList<>();
		GroupCommit<String> commit = new GroupCommit<>(batches::add);

		commit.write("a");
		commit.write("b");

		assertThat(batches).containsExactly(List.of("a"), List.of("b"));
	}

	@Test
	void recordsQueuedWhileAWriteIsUnderWayAreStoredTogetherAndEveryCallerReturnsOnlyOnceItsRecordIsStored()
			throws Exception {
		List<List<String>> batches = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch firstWriteStarted = new CountDownLatch(1);
		CountDownLatch othersQueued = new CountDownLatch(1);
		GroupCommit<String> commit = new GroupCommit<>(records -> {
			if (records.contains("first")) {
				firstWriteStarted.countDown();
				await(othersQueued);
			}
			batches.add(records);
		});
		ExecutorService threads = Executors.newFixedThreadPool(4);
		try {
			Future<?> first = threads.submit(() -> commit.write("first"));
			firstWriteStarted.await(5, TimeUnit.SECONDS);
			List<Future<?>> others = new ArrayList<>();
			for (String record : List.of("x", "y", "z")) {
				others.add(threads.submit(() -> {
					commit.write(record);
					// returned: so it is stored
					assertThat(batches.stream().flatMap(List::stream)).contains(record);
				}));
			}
			// the three are queued behind the running write
			Thread.sleep(200);
			othersQueued.countDown();
			first.get(5, TimeUnit.SECONDS);
			for (Future<?> other : others) {
				other.get(5, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(batches).hasSize(2);
		assertThat(batches.get(0)).containsExactly("first");
		assertThat(batches.get(1)).containsExactlyInAnyOrder("x", "y", "z");
	}

	@Test
	void aRecordThatCannotBeStoredFailsAloneAndTheOthersOfItsBatchAreStored() throws Exception {
		List<String> stored = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch firstWriteStarted = new CountDownLatch(1);
		CountDownLatch othersQueued = new CountDownLatch(1);
		GroupCommit<String> commit = new GroupCommit<>(records -> {
			if (records.contains("first")) {
				firstWriteStarted.countDown();
				await(othersQueued);
			}
			if (records.contains("bad")) {
				throw new IllegalStateException("no such conversation");
			}
			stored.addAll(records);
		});
		ExecutorService threads = Executors.newFixedThreadPool(3);
		try {
			Future<?> first = threads.submit(() -> commit.write("first"));
			firstWriteStarted.await(5, TimeUnit.SECONDS);
			Future<?> bad = threads.submit(() -> commit.write("bad"));
			Future<?> good = threads.submit(() -> commit.write("good"));
			Thread.sleep(200);
			othersQueued.countDown();
			first.get(5, TimeUnit.SECONDS);
			good.get(5, TimeUnit.SECONDS);
			assertThatThrownBy(() -> bad.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("no such conversation");
		}
		finally {
			threads.shutdownNow();
		}
		assertThat(stored).containsExactlyInAnyOrder("first", "good");
	}

	@Test
	void anErrorWhileWritingFailsTheCallerAndTheNextWriteWorks() {
		List<String> stored = new ArrayList<>();
		GroupCommit<String> commit = new GroupCommit<>(records -> {
			if (records.contains("broken")) {
				throw new StackOverflowError();
			}
			stored.addAll(records);
		});

		assertThatThrownBy(() -> commit.write("broken")).isInstanceOf(StackOverflowError.class);
		commit.write("next");

		assertThat(stored).containsExactly("next");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
