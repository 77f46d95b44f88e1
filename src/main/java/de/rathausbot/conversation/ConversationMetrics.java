package de.rathausbot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.rathausbot.dialogue.Answer;
import de.rathausbot.tenant.Tenants;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * What operators watch (Micrometer, {@code /actuator/prometheus}):
 * {@code rathausbot_chat_seconds} — the time from a message's arrival to its stored
 * answer, a histogram by channel, outcome (answered, clarified, fallback) and tenant;
 * {@code rathausbot_feedback_total} by helpful/unhelpful. No text, no ids: nothing
 * personal in a metric.
 */
@Component
class ConversationMetrics {

	private final MeterRegistry registry;

	private final Clock clock;

	private final Tenants tenants;

	ConversationMetrics(MeterRegistry registry, Clock clock, Tenants tenants) {
		this.registry = registry;
		this.clock = clock;
		this.tenants = tenants;
	}

	/** A timer's tags: its few combinations are built once, not per message. */
	private record Key(String channel, String outcome, String tenant) {
	}

	private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

	void answered(String channel, Answer answer, Instant received) {
		Key key = new Key(channel, answer.outcome().name().toLowerCase(Locale.ROOT), this.tenants.current().id());
		this.timers
			.computeIfAbsent(key,
					k -> Timer.builder("rathausbot.chat")
						.description("time from a message's arrival to its stored answer")
						.tag("channel", k.channel())
						.tag("outcome", k.outcome())
						.tag("tenant", k.tenant())
						.publishPercentileHistogram()
						.register(this.registry))
			.record(Duration.between(received, this.clock.instant()));
	}

	void feedback(boolean helpful) {
		Counter.builder("rathausbot.feedback")
			.description("thumbs up or down on an answer")
			.tag("helpful", Boolean.toString(helpful))
			.register(this.registry)
			.increment();
	}

}
