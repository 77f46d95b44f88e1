package de.rathausbot.conversation;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ids for conversations and messages (also those of live chats) in the layout of a
 * version 7 UUID (RFC 9562): the millisecond, a counter within it, then 62 random bits.
 * Ids of this process only grow, so "the messages after this one" is a comparison of ids,
 * and new rows land at the end of the primary key's index instead of at random places in
 * it, which makes storing a message cheaper; the random part keeps an id unguessable for
 * anyone who does not know it (a conversation id is what lets a citizen see or delete
 * their conversation).
 */
public final class TimeOrderedIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The last millisecond and counter handed out, as millisecond × 4096 + counter. */
	private static final AtomicLong LAST = new AtomicLong();

	private TimeOrderedIds() {
	}

	public static String next(Instant at) {
		long stamp = LAST.updateAndGet(last -> Math.max(last + 1, at.toEpochMilli() << 12));
		long high = (stamp >>> 12 & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (stamp & 0xFFFL);
		long low = 0x8000_0000_0000_0000L | (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL);
		return new UUID(high, low).toString();
	}

}
