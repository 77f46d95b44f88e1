package de.rathausbot.conversation;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Ids for conversations and messages in the layout of a version 7 UUID (RFC 9562): the
 * millisecond first, then 74 random bits. New rows land at the end of the primary key's
 * index instead of at random places in it, which makes storing a message cheaper; the
 * random part keeps an id as unguessable as a random UUID for anyone who does not know it
 * (a conversation id is what lets a citizen see or delete their conversation).
 */
final class TimeOrderedIds {

	private static final SecureRandom RANDOM = new SecureRandom();

	private TimeOrderedIds() {
	}

	static String next(long epochMillis) {
		byte[] random = new byte[10];
		RANDOM.nextBytes(random);
		long high = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | ((random[0] & 0x0FL) << 8)
				| (random[1] & 0xFFL);
		long low = 0x8000_0000_0000_0000L | ((random[2] & 0x3FL) << 56);
		for (int i = 3; i < 10; i++) {
			low |= (random[i] & 0xFFL) << ((9 - i) * 8);
		}
		return new UUID(high, low).toString();
	}

}
