package de.rathausbot.handover;

import java.time.Clock;
import java.time.Instant;

import de.rathausbot.system.ClusterLocks;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Ends the waits nobody took within {@code rathausbot.handover.max-wait} (the citizen is
 * told that the bot answers again) and the handovers of conversations the citizen
 * deleted, and deletes expired call-back requests; on one instance of the installation at
 * a time.
 */
@Component
class AbandonedWaits {

	private final Handovers handovers;

	private final LiveMessages messages;

	private final HandoverProperties settings;

	private final Clock clock;

	private final ClusterLocks locks;

	private final CallbackRequests callbacks;

	AbandonedWaits(Handovers handovers, LiveMessages messages, HandoverProperties settings, Clock clock,
			ClusterLocks locks, CallbackRequests callbacks) {
		this.callbacks = callbacks;
		this.handovers = handovers;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
		this.locks = locks;
	}

	@Scheduled(fixedDelay = 30_000, initialDelay = 30_000)
	void endThemEverywhere() {
		this.locks.tryHold("handover-waits").ifPresent(held -> {
			try (held) {
				endAbandoned();
				this.callbacks.deleteExpired();
			}
		});
	}

	/**
	 * @return how many waits were ended
	 */
	int endAbandoned() {
		Instant now = this.clock.instant();
		this.handovers.endDeleted(now);
		int ended = 0;
		for (Handovers.Open wait : this.handovers.waitingSince(now.minus(this.settings.maxWait()))) {
			if (this.handovers.end(wait, Handovers.State.ABANDONED, now)) {
				this.messages.add(wait.conversationId(), wait.tenant(), wait.channel(), "bot", null,
						LiveTexts.abandoned(), now, true);
				ended++;
			}
		}
		return ended;
	}

}
