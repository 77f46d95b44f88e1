package de.rathausbot.channel.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Sends to the Bot API without losing a reply: "429 Too Many Requests" waits as long as
 * Telegram's {@code retry_after} says, network and server errors are retried with a
 * doubling wait. Only a request Telegram rejects as wrong (4xx), or one that fails
 * {@code maxAttempts} times, is given up, and logged.
 */
class TelegramSender {

	private static final Logger log = LoggerFactory.getLogger(TelegramSender.class);

	private static final Duration LONGEST_WAIT = Duration.ofMinutes(1);

	private final TelegramClient client;

	private final TelegramProperties properties;

	private final Sleeper sleeper;

	/** Waits between attempts (tests record instead of sleeping long). */
	interface Sleeper {

		void sleep(Duration duration) throws InterruptedException;

	}

	TelegramSender(TelegramClient client, TelegramProperties properties, Sleeper sleeper) {
		this.client = client;
		this.properties = properties;
		this.sleeper = sleeper;
	}

	<T extends Serializable, M extends BotApiMethod<T>> Optional<T> send(M method) {
		return attempt(method.getMethod(), () -> this.client.execute(method));
	}

	Optional<Serializable> send(SendDocument document) {
		return attempt("sendDocument", () -> this.client.execute(document));
	}

	boolean send(SetWebhook webhook) {
		return attempt("setWebhook", () -> this.client.execute(webhook)).orElse(false);
	}

	private interface Call<T> {

		T call() throws TelegramApiException;

	}

	private <T> Optional<T> attempt(String name, Call<T> call) {
		Duration wait = this.properties.retryBackoff();
		for (int attempt = 1;; attempt++) {
			try {
				return Optional.ofNullable(call.call());
			}
			catch (TelegramApiRequestException ex) {
				Integer code = ex.getErrorCode();
				if (code != null && code == 429) {
					Integer retryAfter = ex.getParameters() != null ? ex.getParameters().getRetryAfter() : null;
					Duration pause = Duration.ofSeconds(retryAfter != null ? retryAfter : 1);
					log.info("Telegram {}: too many requests, retrying after {} s", name, pause.toSeconds());
					if (!pause(pause) || attempt >= this.properties.maxAttempts() * 3) {
						return Optional.empty();
					}
					continue;
				}
				if (code != null && code >= 400 && code < 500) {
					log.warn("Telegram {} rejected ({}): {}", name, code, ex.getApiResponse());
					return Optional.empty();
				}
				log.warn("Telegram {} failed (attempt {}): {}", name, attempt, ex.getMessage());
			}
			catch (TelegramApiException ex) {
				log.warn("Telegram {} failed (attempt {}): {}", name, attempt, ex.getMessage());
			}
			if (attempt >= this.properties.maxAttempts()) {
				log.error("Telegram {} given up after {} attempts; the reply is lost", name, attempt);
				return Optional.empty();
			}
			if (!pause(wait)) {
				return Optional.empty();
			}
			wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
		}
	}

	private boolean pause(Duration duration) {
		try {
			this.sleeper.sleep(duration);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
