package de.rathausbot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

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

	void answered(String channel, Answer answer, Instant received) {
		Timer.builder("rathausbot.chat")
			.description("time from a message's arrival to its stored answer")
			.tag("channel", channel)
			.tag("outcome", answer.outcome().name().toLowerCase())
			.tag("tenant", this.tenants.current().id())
			.publishPercentileHistogram()
			.register(this.registry)
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
