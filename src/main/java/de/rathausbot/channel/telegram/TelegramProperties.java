package de.rathausbot.channel.telegram;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The Telegram channel, switched on by a bot token (env
 * {@code RATHAUSBOT_TELEGRAM_TOKEN}).
 *
 * @param token the token BotFather gave; empty switches the channel off
 * @param baseUrl the Bot API server: Telegram's, a self-hosted one, or a stub in tests
 * @param mode {@code polling} (default) or {@code webhook}
 * @param webhookUrl the public HTTPS address of {@code /api/telegram/webhook} (webhook
 * mode)
 * @param webhookSecret the secret Telegram sends with every webhook request; empty = a
 * random one per start
 * @param retryBackoff the first wait after a network error; it doubles per attempt (up to
 * a minute)
 * @param maxAttempts attempts to send one reply before it is given up and logged
 * @param pollSeconds how long one long poll waits for updates
 * @param messagesPerMinute questions one chat may ask per minute (0: no limit); beyond it
 * the bot asks to slow down once and leaves the rest unanswered
 */
@Validated
@ConfigurationProperties("rathausbot.telegram")
record TelegramProperties(@DefaultValue("") String token, @DefaultValue("https://api.telegram.org") String baseUrl,
		@DefaultValue("polling") Mode mode, @DefaultValue("") String webhookUrl, @DefaultValue("") String webhookSecret,
		@DefaultValue("1s") Duration retryBackoff, @DefaultValue("10") @Min(1) int maxAttempts,
		@DefaultValue("50") @Min(0) int pollSeconds, @DefaultValue("20") @Min(0) int messagesPerMinute) {

	/** Without the bot token and the webhook secret: properties end up in logs. */
	@Override
	public String toString() {
		return "TelegramProperties[token=" + (this.token.isEmpty() ? "" : "***") + ", baseUrl=" + this.baseUrl
				+ ", mode=" + this.mode + ", webhookUrl=" + this.webhookUrl + ", webhookSecret="
				+ (this.webhookSecret.isEmpty() ? "" : "***") + ", retryBackoff=" + this.retryBackoff + ", maxAttempts="
				+ this.maxAttempts + ", pollSeconds=" + this.pollSeconds + ", messagesPerMinute="
				+ this.messagesPerMinute + "]";
	}

	enum Mode {

		POLLING, WEBHOOK

	}

}
