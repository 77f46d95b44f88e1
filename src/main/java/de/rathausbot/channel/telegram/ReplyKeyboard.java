package de.rathausbot.channel.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.Source;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/** The buttons under an answer in Telegram. */
final class ReplyKeyboard {

	private ReplyKeyboard() {
	}

	/**
	 * Quick replies as buttons that ask them; web links as link buttons; downloads; and
	 * thumbs up or down on the answer.
	 */
	static InlineKeyboardMarkup of(Answer answer, UnaryOperator<String> quickReplyKey, String messageId) {
		List<InlineKeyboardRow> rows = new ArrayList<>();
		for (String quickReply : answer.quickReplies()) {
			rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder()
				.text(quickReply)
				.callbackData("q:" + quickReplyKey.apply(quickReply))
				.build()));
		}
		for (Source source : answer.sources()) {
			if (source.download().isPresent()) {
				rows.add(new InlineKeyboardRow(InlineKeyboardButton.builder()
					.text(source.title())
					.callbackData("f:" + KnowledgeDocuments.callback(source.download().get()))
					.build()));
			}
			else if (source.url().startsWith("https://") || source.url().startsWith("http://")) {
				rows.add(new InlineKeyboardRow(
						InlineKeyboardButton.builder().text(source.title()).url(source.url()).build()));
			}
		}
		if (messageId != null) {
			// a notice about a live chat is no answer to rate
			rows.add(new InlineKeyboardRow(
					InlineKeyboardButton.builder().text("👍 Hilfreich").callbackData("r:1:" + messageId).build(),
					InlineKeyboardButton.builder()
						.text("👎 Nicht hilfreich")
						.callbackData("r:0:" + messageId)
						.build()));
		}
		return new InlineKeyboardMarkup(rows);
	}

}
