package de.rathausbot.channel.telegram;

import java.net.URI;
import java.time.Clock;

import de.rathausbot.conversation.ConversationService;
import de.rathausbot.dialogue.DownloadFiles;
import de.rathausbot.system.ClusterLocks;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import de.rathausbot.tenant.Tenants;
import de.rathausbot.privacy.PrivacyProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * The Telegram channel, present only when {@code rathausbot.telegram.token} is set: long
 * polling by default, or a webhook ({@code rathausbot.telegram.mode=webhook}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${rathausbot.telegram.token:}'.isBlank()")
class TelegramConfiguration {

	/** "https://api.telegram.org" or "http://localhost:8081" as the library's URL. */
	static TelegramUrl telegramUrl(String baseUrl) {
		URI uri = URI.create(baseUrl);
		int port = uri.getPort() != -1 ? uri.getPort() : "http".equals(uri.getScheme()) ? 80 : 443;
		return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
	}

	@Bean
	TelegramClient telegramClient(TelegramProperties properties) {
		return new OkHttpTelegramClient(properties.token(), telegramUrl(properties.baseUrl()));
	}

	@Bean
	TelegramStore telegramStore(JdbcClient jdbc, Clock clock, TelegramProperties properties,
			PrivacyProperties privacy) {
		return new TelegramStore(jdbc, clock, properties.token(), privacy.retentionDays());
	}

	@Bean
	TelegramSender telegramSender(TelegramClient client, TelegramProperties properties, MeterRegistry registry) {
		Counter retries = Counter.builder("rathausbot.telegram.retries")
			.description("waits before a Telegram call is tried again (429, network or server errors)")
			.register(registry);
		return new TelegramSender(client, properties, d -> {
			retries.increment();
			Thread.sleep(d.toMillis());
		});
	}

	@Bean
	TelegramUpdates telegramUpdates(ConversationService conversations, DownloadFiles files, TelegramStore store,
			TelegramSender sender, TelegramProperties properties, Tenants tenants, MeterRegistry registry) {
		return new TelegramUpdates(conversations, files, store, sender, properties, tenants,
				Counter.builder("rathausbot.rate_limit.rejected")
					.description("messages refused because their client asked too often")
					.tag("channel", "telegram")
					.register(registry));
	}

	@Bean
	TelegramLiveChat telegramLiveChat(TelegramStore store, TelegramSender sender) {
		return new TelegramLiveChat(store, sender);
	}

	@Bean
	@ConditionalOnProperty(name = "rathausbot.telegram.mode", havingValue = "polling", matchIfMissing = true)
	TelegramPolling telegramPolling(TelegramProperties properties, TelegramStore store, TelegramSender sender,
			TelegramUpdates updates, ClusterLocks locks) {
		return new TelegramPolling(properties, store, sender, updates, locks);
	}

}
