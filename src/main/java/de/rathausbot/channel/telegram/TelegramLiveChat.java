package de.rathausbot.channel.telegram;

import de.rathausbot.handover.LiveMessage;
import org.springframework.context.event.EventListener;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;

/**
 * Sends a live chat's messages of staff (and the bot's notices about it) to the Telegram
 * chat waiting for or talking with a person, as ordinary messages; when the live chat
 * ends, the chat's id is forgotten again.
 */
class TelegramLiveChat {

	static final String STAFF = "Mitarbeiterin / Mitarbeiter der Stadt";

	private final TelegramStore store;

	private final TelegramSender sender;

	TelegramLiveChat(TelegramStore store, TelegramSender sender) {
		this.store = store;
		this.sender = sender;
	}

	@EventListener
	void on(LiveMessage message) {
		if (!TelegramUpdates.CHANNEL.equals(message.channel()) || "citizen".equals(message.from())
				|| "note".equals(message.from())) {
			return;
		}
		this.store.liveChatOf(message.conversationId()).ifPresent(chat -> {
			String text = "staff".equals(message.from()) ? "**" + STAFF + ":** " + message.text() : message.text();
			for (String part : TelegramHtml.messages(text, TelegramHtml.MAX_LENGTH)) {
				this.sender.send(SendMessage.builder()
					.chatId(chat)
					.text(part)
					.parseMode("HTML")
					.disableWebPagePreview(true)
					.build());
			}
			if (message.ends()) {
				this.store.liveChat(message.conversationId(), chat, false);
			}
		});
	}

}
