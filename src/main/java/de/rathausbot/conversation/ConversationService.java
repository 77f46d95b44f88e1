package de.rathausbot.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The entry point for all channels: answers a message and records the exchange under its
 * conversation.
 */
@Service
public class ConversationService {

	private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

	private final Dialogue dialogue;

	private final ConversationRepository conversations;

	private final ConversationMessageRepository messages;

	private final Clock clock;

	ConversationService(Dialogue dialogue, ConversationRepository conversations, ConversationMessageRepository messages,
			Clock clock) {
		this.dialogue = dialogue;
		this.conversations = conversations;
		this.messages = messages;
		this.clock = clock;
	}

	@Transactional
	public Reply reply(IncomingMessage message) {
		Instant received = this.clock.instant();
		ZonedDateTime now = message.now() != null ? message.now() : ZonedDateTime.now(this.clock);
		Answer answer = this.dialogue.answer(message.text(), message.languageChoice(), now);
		Conversation conversation = conversation(message.conversationId(), message.channel(), received);
		conversation.touch(received);
		String messageId = UUID.randomUUID().toString();
		this.messages
			.save(new ConversationMessage(messageId, conversation.id(), received, message.text().strip(), answer));
		return new Reply(conversation.id(), messageId, answer);
	}

	private Conversation conversation(String id, String channel, Instant at) {
		if (id != null && CONVERSATION_ID.matcher(id).matches()) {
			return this.conversations.findById(id)
				.orElseGet(() -> this.conversations.save(new Conversation(id, channel, at)));
		}
		return this.conversations.save(new Conversation(UUID.randomUUID().toString(), channel, at));
	}

	/** Whether a string is acceptable as a client-supplied conversation id. */
	public static boolean isValidConversationId(String id) {
		return CONVERSATION_ID.matcher(id).matches();
	}

}
