package de.rathausbot.handover;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids of live-chat messages in the layout of a version 7 UUID, strictly increasing within
 * this process, so "the messages after this one" is a comparison of ids.
 */
final class MessageIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final AtomicLong LAST = new AtomicLong();

	private MessageIds() {
	}

	static String next(Instant at) {
		// the millisecond, and within one millisecond a counter in the 12 bits after it
		long stamp = LAST.updateAndGet(last -> Math.max(last + 1, at.toEpochMilli() << 12));
		long high = (stamp >>> 12 & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (stamp & 0xFFFL);
		long low = 0x8000_0000_0000_0000L | (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL);
		return new UUID(high, low).toString();
	}

}
