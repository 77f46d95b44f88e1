package de.rathausbot.handover;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import de.rathausbot.conversation.ConversationService;
import org.springframework.stereotype.Service;

/**
 * The staff's side of live chat: the queue and the conversations taken, taking one,
 * writing, and ending it (back to the bot, or closed with a note for the colleagues).
 */
@Service
class LiveChats {

	private final Handovers handovers;

	private final LiveMessages messages;

	private final ConversationService conversations;

	private final Clock clock;

	LiveChats(Handovers handovers, LiveMessages messages, ConversationService conversations, Clock clock) {
		this.handovers = handovers;
		this.messages = messages;
		this.conversations = conversations;
		this.clock = clock;
	}

	/** A line of a conversation as staff read it. */
	record Line(String from, String text, Instant at) {
	}

	/**
	 * A conversation in the queue or taken.
	 *
	 * @param position the place in the queue while waiting, else 0
	 */
	record Entry(String conversationId, String channel, String state, int position, long waitingSeconds, String takenBy,
			List<Line> conversation) {
	}

	/** What went wrong with a staff member's action. */
	enum Refusal {

		/** No such waiting or active conversation (any more). */
		GONE,
		/** Another staff member has it. */
		NOT_YOURS

	}

	List<Entry> all(String tenant) {
		Instant now = this.clock.instant();
		List<Entry> entries = new ArrayList<>();
		for (Handovers.Open open : this.handovers.all(tenant)) {
			boolean waiting = open.state() == Handovers.State.WAITING;
			entries.add(new Entry(open.conversationId(), open.channel(), waiting ? "waiting" : "active",
					waiting ? this.handovers.position(open) : 0,
					waiting ? Duration.between(open.requestedAt(), now).toSeconds() : 0, open.takenBy(),
					conversation(open.conversationId())));
		}
		return entries;
	}

	/** The exchanges with the bot and the live chat, in time order. */
	private List<Line> conversation(String conversationId) {
		List<Line> lines = new ArrayList<>();
		this.conversations.history(conversationId).forEach(e -> {
			lines.add(new Line("citizen", e.question(), e.at()));
			lines.add(new Line("bot", e.answer(), e.at()));
		});
		this.messages.after(conversationId, null).forEach(m -> lines.add(new Line(m.from(), m.text(), m.at())));
		lines.sort(Comparator.comparing(Line::at));
		return lines;
	}

	Optional<Refusal> take(String conversationId, String username) {
		Optional<Handovers.Open> open = this.handovers.open(conversationId);
		if (open.isEmpty()) {
			return Optional.of(Refusal.GONE);
		}
		if (open.get().state() == Handovers.State.ACTIVE) {
			return Optional.of(username.equals(open.get().takenBy()) ? null : Refusal.NOT_YOURS).filter(r -> r != null);
		}
		Instant now = this.clock.instant();
		if (!this.handovers.take(open.get(), username, now)) {
			return Optional.of(Refusal.NOT_YOURS);
		}
		this.messages.add(conversationId, open.get().tenant(), open.get().channel(), "bot", null,
				LiveTexts.taken("Eine Mitarbeiterin / ein Mitarbeiter der Stadt"), now, false);
		return Optional.empty();
	}

	Optional<Refusal> write(String conversationId, String username, String text) {
		Optional<Handovers.Open> mine = mine(conversationId, username);
		if (mine.isEmpty()) {
			return Optional.of(refusal(conversationId));
		}
		Instant now = this.clock.instant();
		this.messages.add(conversationId, mine.get().tenant(), mine.get().channel(), "staff", username, text, now,
				false);
		this.conversations.touch(conversationId, now);
		return Optional.empty();
	}

	/**
	 * Ends the live chat; the citizen is told that the bot answers again.
	 * @param note for the colleagues, kept with the conversation (not shown to the
	 * citizen)
	 * @param backToBot handed back (the citizen's question is for the bot) rather than
	 * closed
	 */
	Optional<Refusal> end(String conversationId, String username, String note, boolean backToBot) {
		Optional<Handovers.Open> mine = mine(conversationId, username);
		if (mine.isEmpty()) {
			return Optional.of(refusal(conversationId));
		}
		Handovers.Open open = mine.get();
		Instant now = this.clock.instant();
		if (note != null && !note.isBlank()) {
			this.messages.add(conversationId, open.tenant(), open.channel(), "note", username, note, now, false);
		}
		this.messages.add(conversationId, open.tenant(), open.channel(), "bot", null, LiveTexts.returned(), now, true);
		this.handovers.end(open, backToBot ? Handovers.State.RETURNED : Handovers.State.CLOSED, now);
		return Optional.empty();
	}

	private Optional<Handovers.Open> mine(String conversationId, String username) {
		return this.handovers.open(conversationId)
			.filter(o -> o.state() == Handovers.State.ACTIVE && username.equals(o.takenBy()));
	}

	private Refusal refusal(String conversationId) {
		return this.handovers.open(conversationId).isPresent() ? Refusal.NOT_YOURS : Refusal.GONE;
	}

}
