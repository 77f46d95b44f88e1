package de.rathausbot.channel.telegram;

import de.rathausbot.system.ClusterLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling: asks the Bot API for updates after the last one handled, which is kept in
 * the database, so a restart neither repeats nor skips an update. Of several instances on
 * one PostgreSQL only the one holding the cluster lock {@code telegram-polling} polls
 * (Telegram allows one poller per bot); when it stops or dies, another takes over within
 * {@link #TAKE_OVER}.
 */
class TelegramPolling implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

	private final TelegramProperties properties;

	private final TelegramStore store;

	private final TelegramSender sender;

	private final TelegramUpdates updates;

	/** How often an instance that does not poll checks whether the poller is gone. */
	static final java.time.Duration TAKE_OVER = java.time.Duration.ofSeconds(5);

	private TelegramBotsLongPollingApplication application;

	private final ClusterLocks locks;

	private ClusterLocks.Held leadership;

	private java.util.concurrent.ScheduledExecutorService candidate;

	TelegramPolling(TelegramProperties properties, TelegramStore store, TelegramSender sender, TelegramUpdates updates,
			ClusterLocks locks) {
		this.locks = locks;
		this.properties = properties;
		this.store = store;
		this.sender = sender;
		this.updates = updates;
	}

	@Override
	public synchronized void start() {
		if (!this.locks.shared()) {
			poll();
			return;
		}
		this.candidate = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(work -> {
			Thread thread = new Thread(work, "telegram-leader");
			thread.setDaemon(true);
			return thread;
		});
		this.candidate.scheduleWithFixedDelay(this::lead, 0, TAKE_OVER.toMillis(),
				java.util.concurrent.TimeUnit.MILLISECONDS);
	}

	/**
	 * Takes over polling when no other instance polls; gives it up when its lock is lost.
	 */
	private synchronized void lead() {
		if (this.leadership != null && !this.leadership.alive()) {
			log.warn("Telegram: lost the polling lock (database connection), stopping to poll");
			stopPolling();
		}
		if (this.leadership == null) {
			this.locks.tryHold("telegram-polling").ifPresent(held -> {
				this.leadership = held;
				log.info("Telegram: this instance polls");
				poll();
			});
		}
	}

	private void poll() {
		// a webhook left from webhook mode would make getUpdates fail
		this.sender.send(DeleteWebhook.builder().build());
		this.application = new TelegramBotsLongPollingApplication();
		try {
			this.application.registerBot(this.properties.token(),
					() -> TelegramConfiguration.telegramUrl(this.properties.baseUrl()), this::nextUpdates,
					this.updates::handle);
			log.info("Telegram: long polling {}", this.properties.baseUrl());
		}
		catch (TelegramApiException ex) {
			throw new IllegalStateException("Telegram long polling could not start: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The updates after the last one received in this run or handled in an earlier one.
	 */
	GetUpdates nextUpdates(Integer lastReceived) {
		long last = Math.max(lastReceived == null ? 0 : lastReceived, this.store.lastUpdateId());
		return GetUpdates.builder()
			.offset((int) (last + 1))
			.timeout(this.properties.pollSeconds())
			.allowedUpdates(java.util.List.of("message", "callback_query"))
			.build();
	}

	@Override
	public synchronized void stop() {
		if (this.candidate != null) {
			this.candidate.shutdownNow();
			this.candidate = null;
		}
		stopPolling();
	}

	private void stopPolling() {
		if (this.application != null) {
			try {
				this.application.close();
			}
			catch (Exception ex) {
				log.warn("Telegram long polling did not stop cleanly: {}", ex.getMessage());
			}
			this.application = null;
		}
		if (this.leadership != null) {
			this.leadership.close();
			this.leadership = null;
		}
	}

	/** Whether this instance polls now. */
	synchronized boolean polls() {
		return this.application != null;
	}

	@Override
	public synchronized boolean isRunning() {
		return this.application != null || this.candidate != null;
	}

}
