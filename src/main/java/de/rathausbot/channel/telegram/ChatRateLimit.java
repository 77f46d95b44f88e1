package de.rathausbot.channel.telegram;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * How many questions one Telegram chat may ask per minute (a token bucket per chat,
 * Bucket4j): a script flooding the bot through one chat is slowed down without slowing
 * anyone else.
 */
final class ChatRateLimit {

	/** The verdict on one question. */
	enum Verdict {

		/** Answer it. */
		ANSWER,
		/** Ask the chat to slow down (once per minute). */
		SLOW_DOWN,
		/** Leave it unanswered. */
		IGNORE

	}

	private final int perMinute;

	private final Cache<Long, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	private final Cache<Long, Boolean> told = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	ChatRateLimit(int perMinute) {
		this.perMinute = perMinute;
	}

	Verdict check(long chat) {
		if (this.perMinute == 0) {
			return Verdict.ANSWER;
		}
		Bucket bucket = this.buckets.get(chat,
				c -> Bucket.builder()
					.addLimit(Bandwidth.builder()
						.capacity(this.perMinute)
						.refillGreedy(this.perMinute, Duration.ofMinutes(1))
						.build())
					.build());
		if (bucket.tryConsume(1)) {
			return Verdict.ANSWER;
		}
		return this.told.asMap().putIfAbsent(chat, true) == null ? Verdict.SLOW_DOWN : Verdict.IGNORE;
	}

}
