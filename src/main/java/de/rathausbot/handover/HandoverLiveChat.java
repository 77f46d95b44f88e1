package de.rathausbot.handover;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import de.rathausbot.conversation.ConversationService;
import de.rathausbot.conversation.LiveChat;
import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.Outcome;
import de.rathausbot.tenant.Tenants;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The conversation's side of live chat: offers a person when one is available and the
 * citizen asked for one (or the bot failed repeatedly), queues the conversation when the
 * citizen accepts, and keeps every message of a conversation that waits for or is with a
 * person from the bot.
 */
@Component
class HandoverLiveChat implements LiveChat {

	private final HandoverProperties settings;

	private final Availability availability;

	private final Handovers handovers;

	private final LiveMessages messages;

	private final Tenants tenants;

	private final CallbackRequests callbacks;

	/** Lazily: the conversation service asks this component for its answers. */
	private final ObjectProvider<ConversationService> conversations;

	HandoverLiveChat(HandoverProperties settings, Availability availability, Handovers handovers, LiveMessages messages,
			Tenants tenants, ObjectProvider<ConversationService> conversations, CallbackRequests callbacks) {
		this.callbacks = callbacks;
		this.settings = settings;
		this.availability = availability;
		this.handovers = handovers;
		this.messages = messages;
		this.tenants = tenants;
		this.conversations = conversations;
	}

	@Override
	public Optional<Received> receive(String conversationId, String channel, String text, Instant at) {
		String tenant = this.tenants.current().id();
		Optional<Handovers.Open> open = this.handovers.open(conversationId);
		boolean english = LiveTexts.english(text);
		if (open.isEmpty()) {
			if (LiveTexts.CALLBACK.equalsIgnoreCase(text) && this.callbacks.offered()) {
				// the widget shows its form; elsewhere this says how
				return Optional.of(new Received(null, notice(LiveTexts.callbackHowTo(), List.of(), false), null));
			}
			if (!LiveTexts.isOffer(text) || !this.availability.now(tenant)) {
				return Optional.empty();
			}
			Handovers.Open queued = this.handovers.request(conversationId, tenant, channel, at);
			LiveMessage accepted = this.messages.add(conversationId, tenant, channel, "citizen", null, text, at, false);
			return Optional.of(waiting(queued, accepted, english, at));
		}
		Handovers.Open handover = open.get();
		if (handover.state() == Handovers.State.WAITING && LiveTexts.isCancel(text)) {
			LiveMessage cancel = this.messages.add(conversationId, tenant, channel, "citizen", null, text, at, false);
			this.handovers.end(handover, Handovers.State.CANCELLED, at);
			String said = LiveTexts.cancelled(english);
			this.conversations.getObject().touch(conversationId, at);
			return Optional.of(new Received(cancel.messageId(), notice(said, List.of(), english), null));
		}
		LiveMessage kept = this.messages.add(conversationId, tenant, channel, "citizen", null, text, at, false);
		if (handover.state() == Handovers.State.WAITING) {
			return Optional.of(waiting(handover, kept, english, at));
		}
		this.conversations.getObject().touch(conversationId, at);
		// a person answers: nothing from the bot
		return Optional.of(new Received(kept.messageId(), notice("", List.of(), english), new Handover("active", 0)));
	}

	private Received waiting(Handovers.Open handover, LiveMessage message, boolean english, Instant at) {
		int position = this.handovers.position(handover);
		this.conversations.getObject().touch(handover.conversationId(), at);
		return new Received(message.messageId(),
				notice(LiveTexts.queued(position, english), List.of(LiveTexts.cancel(english)), english),
				new Handover("waiting", position));
	}

	private static Answer notice(String text, List<String> quickReplies, boolean english) {
		return new Answer(text, Outcome.ANSWERED, null, 1.0, english ? "en" : "de", quickReplies, List.of());
	}

	@Override
	public Answer offer(String conversationId, Answer answer, Instant at) {
		if (!this.settings.enabled()) {
			return answer;
		}
		boolean asked = this.settings.intent().equals(answer.intent());
		boolean failing = answer.fallback() && failedBefore(conversationId);
		if (!asked && !failing) {
			return answer;
		}
		if (this.availability.now(this.tenants.current().id())) {
			return answer.withQuickReply(LiveTexts.offer(answer.language()));
		}
		return this.callbacks.offered() ? answer.withQuickReply(LiveTexts.CALLBACK) : answer;
	}

	/** Whether the bot's answers before this one were fallbacks too, enough of them. */
	private boolean failedBefore(String conversationId) {
		int before = this.settings.offerAfterFallbacks() - 1;
		if (before == 0) {
			return true;
		}
		List<Outcome> latest = this.conversations.getObject().latestOutcomes(conversationId, before);
		return latest.size() == before && latest.stream().allMatch(o -> o == Outcome.FALLBACK);
	}

}
