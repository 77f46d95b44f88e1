package de.rathausbot.channel.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.meta.api.methods.updates.DeleteWebhook;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Long polling: asks the Bot API for updates after the last one handled, which is kept in
 * the database, so a restart neither repeats nor skips an update.
 */
class TelegramPolling implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);

	private final TelegramProperties properties;

	private final TelegramStore store;

	private final TelegramSender sender;

	private final TelegramUpdates updates;

	private TelegramBotsLongPollingApplication application;

	TelegramPolling(TelegramProperties properties, TelegramStore store, TelegramSender sender,
			TelegramUpdates updates) {
		this.properties = properties;
		this.store = store;
		this.sender = sender;
		this.updates = updates;
	}

	@Override
	public synchronized void start() {
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
		if (this.application != null) {
			try {
				this.application.close();
			}
			catch (Exception ex) {
				log.warn("Telegram long polling did not stop cleanly: {}", ex.getMessage());
			}
			this.application = null;
		}
	}

	@Override
	public synchronized boolean isRunning() {
		return this.application != null;
	}

}
