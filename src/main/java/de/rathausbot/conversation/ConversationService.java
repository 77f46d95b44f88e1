package de.rathausbot.conversation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.Dialogue;
import de.rathausbot.dialogue.Outcome;
import de.rathausbot.nlu.Topics;
import de.rathausbot.privacy.PersonalData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * The entry point for all channels: answers a message and records the exchange under its
 * conversation.
 */
@Service
public class ConversationService {

	private static final Pattern CONVERSATION_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

	private final Dialogue dialogue;

	private final ConversationLog log;

	private static final Logger logger = LoggerFactory.getLogger(ConversationService.class);

	private final Clock clock;

	private final ConversationMetrics metrics;

	private final LiveChat live;

	ConversationService(Dialogue dialogue, ConversationLog log, Clock clock, ConversationMetrics metrics,
			org.springframework.beans.factory.ObjectProvider<LiveChat> live) {
		this.live = live.getIfAvailable(() -> LiveChat.NONE);
		this.metrics = metrics;
		this.dialogue = dialogue;
		this.log = log;
		this.clock = clock;
	}

	/**
	 * Answers, then records question and answer (the answer is found without holding a
	 * database connection). A conversation id the server issued earlier continues that
	 * conversation; without one (or with one it never issued, or whose conversation was
	 * deleted) a new conversation starts under a new id, returned in the reply.
	 */
	public Reply reply(IncomingMessage message) {
		Instant received = this.clock.instant();
		ZonedDateTime now = message.now() != null ? message.now() : ZonedDateTime.now(this.clock);
		String id = message.conversationId();
		// the server issues conversation ids: an id it does not know starts a new
		// conversation under a new id, so ids cannot be chosen, guessed or raced for
		boolean continues = id != null && CONVERSATION_ID.matcher(id).matches() && this.log.exists(id);
		if (continues) {
			// a conversation with (or waiting for) a person of the staff: not the bot's
			Optional<LiveChat.Received> forPerson = this.live.receive(id, message.channel(), message.text().strip(),
					received);
			if (forPerson.isPresent()) {
				return new Reply(id, forPerson.get().messageId(), forPerson.get().answer(), forPerson.get().handover());
			}
		}
		String conversationId = continues ? id : TimeOrderedIds.next(received);
		Answer answer = this.live.offer(conversationId,
				this.dialogue.answer(message.text(), message.languageChoice(), now), received);
		String messageId = TimeOrderedIds.next(received);
		// answered from the text as sent; stored without personal data
		String stored = PersonalData.redact(message.text().strip());
		try {
			this.log.record(conversationId, continues, message.channel(), messageId, received, stored, answer,
					Topics.of(stored));
		}
		catch (DataAccessException ex) {
			// an answer is only given for a stored message (never a 200 for a message
			// that is lost): the citizen sends it again
			logger.error("Could not record a message of conversation {}: {}", conversationId, ex.getMessage());
			throw new MessageNotStoredException(ex);
		}
		this.metrics.answered(message.channel(), answer, received);
		return new Reply(conversationId, messageId, answer);
	}

	/** How the bot's latest answers in a conversation ended, the latest first. */
	public List<Outcome> latestOutcomes(String conversationId, int count) {
		return this.log.latestOutcomes(conversationId, count);
	}

	/** A question and the bot's answer, as stored (without personal data). */
	public record Exchange(String question, String answer, Instant at) {
	}

	/** The conversation's exchanges with the bot, oldest first (the latest 50). */
	public List<Exchange> history(String conversationId) {
		return this.log.history(conversationId, 50);
	}

	/** The Kommune a conversation belongs to, if there is such a conversation. */
	public Optional<String> tenantOf(String conversationId) {
		return isValidConversationId(conversationId) ? this.log.tenantOf(conversationId) : Optional.empty();
	}

	/** Notes activity in a conversation that the bot did not answer (a live chat). */
	public void touch(String conversationId, Instant at) {
		this.log.touch(conversationId, at);
	}

	/**
	 * Stores a citizen's thumbs up or down on one answer.
	 * @return false when that conversation has no such answer
	 */
	public boolean feedback(String conversationId, String messageId, boolean helpful, String comment) {
		String note = comment == null || comment.isBlank() ? null : PersonalData.redact(comment.strip());
		boolean recorded = this.log.recordFeedback(conversationId, messageId, helpful, note, this.clock.instant());
		if (recorded) {
			this.metrics.feedback(helpful);
		}
		return recorded;
	}

	/**
	 * Deletes a conversation with all its messages and feedback, at the citizen's
	 * request.
	 * @return false when there is no such conversation
	 */
	public boolean forget(String conversationId) {
		return isValidConversationId(conversationId) && this.log.delete(conversationId);
	}

	/** Whether a string is acceptable as a client-supplied conversation id. */
	public static boolean isValidConversationId(String id) {
		return CONVERSATION_ID.matcher(id).matches();
	}

}
