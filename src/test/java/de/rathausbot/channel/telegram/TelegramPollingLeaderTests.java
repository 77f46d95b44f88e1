package de.rathausbot.channel.telegram;

import java.io.IOException;
import java.time.Duration;

import de.rathausbot.RathausbotApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances in long-polling mode on one PostgreSQL: exactly one polls Telegram (it
 * allows one poller per bot); when it stops, the other takes over.
 */
class TelegramPollingLeaderTests {

	private static final TelegramStub stub = TelegramStub.started();

	private static EmbeddedPostgres postgres;

	@AfterAll
	static void stop() throws IOException {
		stub.close();
		if (postgres != null) {
			postgres.close();
		}
	}

	private static ConfigurableApplicationContext instance() {
		return new SpringApplicationBuilder(RathausbotApplication.class).profiles("test", "postgres")
			.run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
					"--rathausbot.telegram.token=" + TelegramStub.TOKEN,
					"--rathausbot.telegram.base-url=" + stub.baseUrl(), "--rathausbot.telegram.poll-seconds=0");
	}

	@Test
	void exactlyOneInstancePollsAndTheOtherTakesOverWhenItStops() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		ConfigurableApplicationContext a = instance();
		ConfigurableApplicationContext b = instance();
		try {
			TelegramPolling onA = a.getBean(TelegramPolling.class);
			TelegramPolling onB = b.getBean(TelegramPolling.class);
			await().atMost(Duration.ofSeconds(10)).until(() -> onA.polls() || onB.polls());
			assertThat(onA.polls() && onB.polls()).as("never both").isFalse();

			ConfigurableApplicationContext poller = onA.polls() ? a : b;
			TelegramPolling other = onA.polls() ? onB : onA;
			poller.close();
			await().atMost(TelegramPolling.TAKE_OVER.multipliedBy(3)).until(other::polls);
		}
		finally {
			a.close();
			b.close();
		}
	}

}
