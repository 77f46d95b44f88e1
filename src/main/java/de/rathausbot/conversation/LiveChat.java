package de.rathausbot.conversation;

import java.time.Instant;
import java.util.Optional;

import de.rathausbot.dialogue.Answer;

/**
 * A person of the city's staff may continue a conversation (implemented by the module
 * {@code handover}): asked before the bot answers a message, and after it answered.
 */
public interface LiveChat {

	/**
	 * A message for a person rather than the bot: the accepted offer, a cancelled wait,
	 * or any message of a conversation that waits for or is with a person (kept for the
	 * person; the bot does not answer it).
	 * @return what the citizen is told and the conversation's state; empty: the bot
	 * answers
	 */
	Optional<Received> receive(String conversationId, String channel, String text, Instant at);

	/**
	 * The bot's answer, with the offer to chat with a person when someone is available
	 * and the citizen asked for a person or the bot could not help twice in a row.
	 */
	Answer offer(String conversationId, Answer answer, Instant at);

	/**
	 * @param messageId the id the citizen's message is stored under
	 * @param answer what the citizen is told (an empty text: nothing to show, a person
	 * answers)
	 */
	record Received(String messageId, Answer answer, Handover handover) {
	}

	/**
	 * Where a conversation stands with a person.
	 *
	 * @param state {@code waiting} or {@code active}
	 * @param position the place in the queue while waiting (1 = next), else 0
	 */
	record Handover(String state, int position) {
	}

	/** Without live chat: the bot answers everything. */
	LiveChat NONE = new LiveChat() {

		@Override
		public Optional<Received> receive(String conversationId, String channel, String text, Instant at) {
			return Optional.empty();
		}

		@Override
		public Answer offer(String conversationId, Answer answer, Instant at) {
			return answer;
		}

	};

}
