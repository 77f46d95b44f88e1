package de.rathausbot.channel.telegram;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Network errors are retried with a doubling wait; a rejected request is not. */
class TelegramSenderTests {

	private final TelegramClient client = mock(TelegramClient.class);

	private final List<Duration> waits = new ArrayList<>();

	private final TelegramSender sender = new TelegramSender(this.client, new TelegramProperties("t", "http://x",
			TelegramProperties.Mode.POLLING, "", "", Duration.ofSeconds(1), 4, 0, 0), this.waits::add);

	private static final SendMessage MESSAGE = SendMessage.builder().chatId(1L).text("Hallo").build();

	@Test
	void retriesANetworkErrorWithADoublingWaitUntilTheReplyIsSent() throws TelegramApiException {
		Message sent = new Message();
		when(this.client.execute(any(SendMessage.class))).thenThrow(new TelegramApiException("connection reset"))
			.thenThrow(new TelegramApiException("timeout"))
			.thenReturn(sent);

		assertThat(this.sender.send(MESSAGE)).containsSame(sent);
		assertThat(this.waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
	}

	@Test
	void givesUpAfterTheConfiguredAttemptsAndDoesNotRetryARejectedRequest() throws TelegramApiException {
		when(this.client.execute(any(SendMessage.class))).thenThrow(new TelegramApiException("down"));

		assertThat(this.sender.send(MESSAGE)).isEmpty();
		verify(this.client, times(4)).execute(any(SendMessage.class));

		TelegramClient rejecting = mock(TelegramClient.class);
		TelegramApiRequestException badRequest = mock(TelegramApiRequestException.class);
		when(badRequest.getErrorCode()).thenReturn(400);
		when(rejecting.execute(any(SendMessage.class))).thenThrow(badRequest);
		assertThat(
				new TelegramSender(rejecting, new TelegramProperties("t", "http://x", TelegramProperties.Mode.POLLING,
						"", "", Duration.ofSeconds(1), 4, 0, 0), this.waits::add)
					.send(MESSAGE))
			.isEmpty();
		verify(rejecting, times(1)).execute(any(SendMessage.class));
	}

}
