package de.rathausbot.handover;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import de.rathausbot.conversation.TimeOrderedIds;
import de.rathausbot.privacy.PersonalData;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The messages of live chats, stored without personal data like the bot's (the citizen's
 * text as the staff member reads it is the redacted one too), in time order by their ids;
 * each is published for the channels that push.
 */
@Component
class LiveMessages {

	static final int TEXT_COLUMN = 4000;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	LiveMessages(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	LiveMessage add(String conversationId, String tenant, String channel, String from, String staff, String text,
			Instant at, boolean ends) {
		String id = TimeOrderedIds.next(at);
		String stored = PersonalData.redact(text.strip());
		stored = stored.length() <= TEXT_COLUMN ? stored : stored.substring(0, TEXT_COLUMN - 1) + "…";
		this.jdbc.sql("""
				INSERT INTO live_message (id, conversation_id, tenant, author, staff, text, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, conversationId, tenant, from.toUpperCase(Locale.ROOT), staff, stored,
					at.atOffset(ZoneOffset.UTC))
			.update();
		LiveMessage message = new LiveMessage(id, conversationId, channel, from, stored, at, ends);
		this.events.publishEvent(message);
		return message;
	}

	/**
	 * The live chat's messages for the citizen after the one with this id (all, without
	 * one): without the staff's notes.
	 */
	List<LiveMessage> forCitizen(String conversationId, String after) {
		return this.jdbc.sql("""
				SELECT id, conversation_id, author, text, created_at FROM live_message
				WHERE conversation_id = ? AND id > ? AND author <> 'NOTE' ORDER BY id""")
			.params(conversationId, after == null ? "" : after)
			.query(LiveMessages::message)
			.list();
	}

	/** The live chat's messages after the one with this id (all, without one). */
	List<LiveMessage> after(String conversationId, String after) {
		return this.jdbc.sql("""
				SELECT id, conversation_id, author, text, created_at FROM live_message
				WHERE conversation_id = ? AND id > ? ORDER BY id""")
			.params(conversationId, after == null ? "" : after)
			.query(LiveMessages::message)
			.list();
	}

	private static LiveMessage message(ResultSet rs, int row) throws SQLException {
		String text = rs.getString("text");
		String from = rs.getString("author").toLowerCase(Locale.ROOT);
		// the bot's last word of a live chat
		boolean ends = "bot".equals(from) && (LiveTexts.returned().equals(text) || LiveTexts.abandoned().equals(text));
		return new LiveMessage(rs.getString("id"), rs.getString("conversation_id"), null, from, text,
				rs.getObject("created_at", OffsetDateTime.class).toInstant(), ends);
	}

}
