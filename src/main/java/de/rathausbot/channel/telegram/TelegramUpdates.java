package de.rathausbot.channel.telegram;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.rathausbot.conversation.ConversationService;
import de.rathausbot.conversation.IncomingMessage;
import de.rathausbot.conversation.Reply;
import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.DownloadFiles;
import de.rathausbot.tenant.Tenants;
import io.micrometer.core.instrument.Counter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Translates between Telegram and the neutral conversation: an update becomes an incoming
 * message, the reply becomes HTML messages with buttons. Each update is handled once,
 * also across restarts. In groups the bot only reacts to commands, mentions and replies
 * to it.
 */
class TelegramUpdates {

	private static final Logger log = LoggerFactory.getLogger(TelegramUpdates.class);

	static final String CHANNEL = "telegram";

	private static final Pattern COMMAND = Pattern.compile("^/([a-zA-Z]+)(@\\w+)?\\b");

	private final ConversationService conversations;

	private final KnowledgeDocuments documents;

	private final TelegramStore store;

	private final TelegramSender sender;

	private volatile User me;

	private final ChatRateLimit limit;

	private final Tenants tenants;

	private final Places places;

	private final Counter rejected;

	TelegramUpdates(ConversationService conversations, DownloadFiles files, TelegramStore store, TelegramSender sender,
			TelegramProperties properties, Tenants tenants, Counter rejected) {
		this.tenants = tenants;
		this.rejected = rejected;
		this.places = new Places(tenants, store, sender);
		this.limit = new ChatRateLimit(properties.messagesPerMinute());
		this.conversations = conversations;
		this.documents = new KnowledgeDocuments(files);
		this.store = store;
		this.sender = sender;
	}

	void handle(List<Update> updates) {
		updates.forEach(this::handle);
	}

	void handle(Update update) {
		if (update.getUpdateId() == null || !this.store.firstTime(update.getUpdateId())) {
			return;
		}
		try {
			if (update.hasCallbackQuery()) {
				callback(update.getCallbackQuery());
			}
			else if (update.hasMessage()) {
				message(update.getMessage());
			}
		}
		catch (RuntimeException ex) {
			log.error("Telegram update {} could not be answered", update.getUpdateId(), ex);
		}
	}

	private void message(Message message) {
		long chat = message.getChat().getId();
		boolean group = !Boolean.TRUE.equals(message.getChat().isUserChat());
		if (!message.hasText()) {
			if (!group) {
				send(chat, TelegramTexts.TEXT_ONLY);
			}
			return;
		}
		String text = message.getText().strip();
		Matcher command = COMMAND.matcher(text);
		if (command.find() && (command.group(2) == null || isMe(command.group(2).substring(1)))) {
			String name = command.group(1).toLowerCase(Locale.ROOT);
			if (name.equals("ort") && this.tenants.several()) {
				this.places.choose(chat, text.substring(command.end()).strip());
				return;
			}
			command(chat, name);
			return;
		}
		if (group) {
			Optional<String> addressed = addressedToMe(message, text);
			if (addressed.isEmpty()) {
				return;
			}
			text = addressed.get();
		}
		if (!text.isBlank()) {
			ask(chat, text);
		}
	}

	private void command(long chat, String command) {
		switch (command) {
			case "start" -> send(chat, TelegramTexts.WELCOME);
			case "neu", "new" -> {
				this.store.newConversation(chat);
				send(chat, TelegramTexts.NEW_CONVERSATION);
			}
			case "loeschen", "delete" -> {
				this.conversations.forget(this.store.conversation(chat));
				this.store.forgetChat(chat);
				send(chat, TelegramTexts.CONVERSATION_DELETED);
			}
			default -> send(chat, TelegramTexts.HELP);
		}
	}

	/**
	 * In a group: the text without the mention, if the bot was mentioned or replied to.
	 */
	private Optional<String> addressedToMe(Message message, String text) {
		User bot = me();
		if (bot == null) {
			return Optional.empty();
		}
		String mention = "@" + bot.getUserName();
		if (bot.getUserName() != null && text.toLowerCase(Locale.ROOT).contains(mention.toLowerCase(Locale.ROOT))) {
			return Optional.of(text.replaceAll("(?i)" + Pattern.quote(mention), "").strip());
		}
		Message replied = message.getReplyToMessage();
		if (replied != null && replied.getFrom() != null && bot.getId().equals(replied.getFrom().getId())) {
			return Optional.of(text);
		}
		return Optional.empty();
	}

	private boolean isMe(String userName) {
		User bot = me();
		return bot != null && userName.equalsIgnoreCase(bot.getUserName());
	}

	private User me() {
		if (this.me == null) {
			this.sender.send(new GetMe()).ifPresent(user -> this.me = user);
		}
		return this.me;
	}

	private void callback(CallbackQuery query) {
		String data = query.getData() == null ? "" : query.getData();
		boolean rating = data.startsWith("r:") && query.getMessage() != null;
		this.sender.send(AnswerCallbackQuery.builder()
			.callbackQueryId(query.getId())
			.text(rating ? TelegramTexts.FEEDBACK_THANKS : null)
			.build());
		if (query.getMessage() == null || query.getData() == null) {
			return;
		}
		long chat = query.getMessage().getChatId();
		if (rating) {
			// "r:1:<message id>" or "r:0:<message id>": thumbs up or down on that answer
			String[] parts = data.split(":", 3);
			if (parts.length == 3) {
				this.conversations.feedback(this.store.conversation(chat), parts[2], "1".equals(parts[1]), null);
			}
		}
		else if (data.startsWith("q:")) {
			this.store.quickReply(data.substring(2)).ifPresent(text -> ask(chat, text));
		}
		else if (data.startsWith("f:")) {
			document(chat, data.substring(2));
		}
		else if (data.startsWith("o:")) {
			this.places.choose(chat, data.substring(2));
		}
	}

	private void ask(long chat, String text) {
		ChatRateLimit.Verdict verdict = this.limit.check(chat);
		if (verdict != ChatRateLimit.Verdict.ANSWER) {
			this.rejected.increment();
			if (verdict == ChatRateLimit.Verdict.SLOW_DOWN) {
				send(chat, TelegramTexts.SLOW_DOWN);
			}
			return;
		}
		String conversation = this.store.conversation(chat);
		Reply reply = this.tenants.as(this.places.of(chat),
				() -> this.conversations.reply(new IncomingMessage(conversation, CHANNEL, text, null, null)));
		if (!reply.conversationId().equals(conversation)) {
			// the server started the conversation under its own id (or a new one after
			// the old was deleted): the chat continues there
			this.store.continueIn(chat, reply.conversationId());
		}
		this.store.liveChat(reply.conversationId(), chat, reply.handover() != null);
		Answer answer = reply.answer();
		if (answer.text().isBlank()) {
			// a person of the staff answers (TelegramLiveChat)
			return;
		}
		List<String> messages = TelegramHtml.messages(answer.text(), TelegramHtml.MAX_LENGTH);
		for (int i = 0; i < messages.size(); i++) {
			SendMessage.SendMessageBuilder<?, ?> message = SendMessage.builder()
				.chatId(chat)
				.text(messages.get(i))
				.parseMode("HTML")
				.disableWebPagePreview(true);
			if (i == messages.size() - 1) {
				// notices about a live chat are no answers to rate
				message.replyMarkup(ReplyKeyboard.of(answer, this.store::quickReplyKey,
						reply.handover() == null ? reply.messageId() : null));
			}
			this.sender.send(message.build());
		}
	}

	/** "f:events:ID" or "f:contacts:ID": the event's .ics or the contact's .vcf. */
	private void document(long chat, String what) {
		// the file of the Kommune the chat asks
		Optional<SendDocument> document = this.tenants.as(this.places.of(chat), () -> this.documents.of(chat, what));
		if (document.isEmpty()) {
			send(chat, "Diese Datei gibt es nicht mehr.");
			return;
		}
		this.sender.send(document.get());
	}

	private void send(long chat, String text) {
		this.sender.send(SendMessage.builder().chatId(chat).text(text).build());
	}

}
