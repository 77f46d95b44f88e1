package de.rathausbot.channel.telegram;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * What the Telegram channel must remember across restarts: which updates it has handled,
 * each chat's conversation (the chat id only as a keyed hash) and the texts behind quick
 * reply buttons (Telegram allows 64 bytes of button data).
 */
class TelegramStore {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final byte[] key;

	private final int retentionDays;

	TelegramStore(JdbcClient jdbc, Clock clock, String token, int retentionDays) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retentionDays = retentionDays;
		this.key = token.getBytes(StandardCharsets.UTF_8);
	}

	/** Marks an update as handled; false when it was handled before. */
	boolean firstTime(long updateId) {
		try {
			this.jdbc.sql("INSERT INTO telegram_update (update_id, received_at) VALUES (?, ?)")
				.params(updateId, now())
				.update();
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** The highest update id handled, for the next long poll's offset. */
	long lastUpdateId() {
		return this.jdbc.sql("SELECT COALESCE(MAX(update_id), 0) FROM telegram_update").query(Long.class).single();
	}

	/** The chat's current conversation, started if it has none. */
	String conversation(long chatId) {
		String hash = chatHash(chatId);
		Optional<String> id = this.jdbc.sql("SELECT conversation_id FROM telegram_chat WHERE chat_hash = ?")
			.param(hash)
			.query(String.class)
			.optional();
		return id.orElseGet(() -> newConversation(chatId));
	}

	/** Starts a new conversation for the chat ("/neu"). */
	String newConversation(long chatId) {
		return continueIn(chatId, "tg-" + UUID.randomUUID());
	}

	/** The chat continues in this conversation. */
	String continueIn(long chatId, String id) {
		String hash = chatHash(chatId);
		int updated = this.jdbc.sql("UPDATE telegram_chat SET conversation_id = ?, updated_at = ? WHERE chat_hash = ?")
			.params(id, now(), hash)
			.update();
		if (updated == 0) {
			this.jdbc.sql("INSERT INTO telegram_chat (chat_hash, conversation_id, updated_at) VALUES (?, ?, ?)")
				.params(hash, id, now())
				.update();
		}
		return id;
	}

	/** The Kommune the chat picked with /ort, if any. */
	Optional<String> tenant(long chatId) {
		return this.jdbc.sql("SELECT tenant FROM telegram_chat WHERE chat_hash = ?")
			.param(chatHash(chatId))
			.query(String.class)
			.optional()
			.filter(t -> t != null && !t.isBlank());
	}

	/**
	 * The chat asks this Kommune from now on, in a new conversation (a conversation
	 * belongs to one Kommune).
	 */
	void chooseTenant(long chatId, String tenant) {
		newConversation(chatId);
		this.jdbc.sql("UPDATE telegram_chat SET tenant = ? WHERE chat_hash = ?")
			.params(tenant, chatHash(chatId))
			.update();
	}

	/**
	 * Keeps the chat's id while its conversation waits for or is with a person of the
	 * staff (their messages must reach it), and forgets it afterwards: otherwise only an
	 * HMAC of the chat is kept.
	 */
	void liveChat(String conversationId, long chatId, boolean live) {
		this.jdbc.sql("DELETE FROM telegram_live_chat WHERE conversation_id = ?").param(conversationId).update();
		if (live) {
			this.jdbc.sql("INSERT INTO telegram_live_chat (conversation_id, chat_id) VALUES (?, ?)")
				.params(conversationId, chatId)
				.update();
		}
	}

	/** The chat of a conversation that waits for or is with a person. */
	Optional<Long> liveChatOf(String conversationId) {
		return this.jdbc.sql("SELECT chat_id FROM telegram_live_chat WHERE conversation_id = ?")
			.param(conversationId)
			.query(Long.class)
			.optional();
	}

	/**
	 * Forgets which conversation the chat had ("/loeschen"); its next message starts a
	 * new one.
	 */
	void forgetChat(long chatId) {
		this.jdbc.sql("DELETE FROM telegram_chat WHERE chat_hash = ?").param(chatHash(chatId)).update();
	}

	/**
	 * Forgets, after {@code rathausbot.privacy.retention-days}, which conversation a chat
	 * has (its next message starts a new one) and which updates were handled (all but the
	 * last, which the next long poll starts from).
	 */
	@Scheduled(cron = "${rathausbot.privacy.retention-cron:0 15 3 * * *}",
			zone = "${rathausbot.time-zone:Europe/Berlin}")
	void forgetExpired() {
		OffsetDateTime cutoff = now().minusDays(this.retentionDays);
		this.jdbc.sql("DELETE FROM telegram_chat WHERE updated_at < ?").param(cutoff).update();
		this.jdbc.sql("DELETE FROM telegram_update WHERE received_at < ? AND update_id < ?")
			.params(cutoff, lastUpdateId())
			.update();
	}

	/** A short key for a quick reply's text, to put into a button. */
	String quickReplyKey(String text) {
		String id = hash(text).substring(0, 24);
		if (quickReply(id).isEmpty()) {
			try {
				this.jdbc.sql("INSERT INTO telegram_quick_reply (id, text) VALUES (?, ?)").params(id, text).update();
			}
			catch (DuplicateKeyException ex) {
				// stored meanwhile by another update: same text
			}
		}
		return id;
	}

	Optional<String> quickReply(String key) {
		return this.jdbc.sql("SELECT text FROM telegram_quick_reply WHERE id = ?")
			.param(key)
			.query(String.class)
			.optional();
	}

	/**
	 * HMAC-SHA256 of the chat id, keyed with the bot token: the same chat always gets the
	 * same hash, and the database alone does not reveal the chat.
	 */
	String chatHash(long chatId) {
		return hash(Long.toString(chatId));
	}

	private String hash(String value) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

	static boolean sameSecret(String expected, String given) {
		return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
				given.getBytes(StandardCharsets.UTF_8));
	}

	private OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

}
