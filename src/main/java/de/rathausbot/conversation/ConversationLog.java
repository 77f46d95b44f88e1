package de.rathausbot.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import de.rathausbot.dialogue.Answer;
import de.rathausbot.system.SystemProperties;
import de.rathausbot.tenant.Tenants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records each exchange with two or three plain SQL statements in one short transaction:
 * on the hot path of every message, the ORM's session and flush cost more than answering
 * the question (measured with JFR under load). Reading stays with the JPA repositories.
 */
@Component
class ConversationLog {

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final ZoneId zone;

	private final Tenants tenants;

	ConversationLog(JdbcClient jdbc, PlatformTransactionManager transactions, SystemProperties system,
			Tenants tenants) {
		this.tenants = tenants;
		this.jdbc = jdbc;
		this.zone = system.timeZone();
		this.transactions = new TransactionTemplate(transactions);
	}

	/** The lengths of the columns a message is stored in. */
	static final int QUESTION_COLUMN = 1000;

	static final int ANSWER_COLUMN = 10_000;

	/**
	 * A text cut to a column, marked as cut: a Telegram message may be 4,096 characters,
	 * and redaction can make a text longer.
	 */
	static String fit(String text, int column) {
		return text.length() <= column ? text : text.substring(0, column - 1) + "…";
	}

	/** Whether a conversation with this id is recorded. */
	boolean exists(String conversationId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM conversation WHERE id = ? AND tenant = ?")
			.params(conversationId, this.tenants.current().id())
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Continues the conversation with this id, or starts it if it does not exist yet.
	 */
	void record(String conversationId, String channel, String messageId, Instant at, String question, Answer answer,
			String topic) {
		OffsetDateTime time = at.atOffset(ZoneOffset.UTC);
		String tenant = this.tenants.current().id();
		this.transactions.executeWithoutResult(status -> {
			int continued = this.jdbc.sql("UPDATE conversation SET last_activity_at = ? WHERE id = ?")
				.params(time, conversationId)
				.update();
			if (continued == 0) {
				this.jdbc.sql("""
						INSERT INTO conversation (id, channel, started_at, last_activity_at, tenant)
						VALUES (?, ?, ?, ?, ?)""").params(conversationId, channel, time, time, tenant).update();
			}
			this.jdbc.sql("""
					INSERT INTO conversation_message
					  (id, conversation_id, created_at, local_day, question, answer, intent, confidence, outcome,
					   language, topic, tenant)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(messageId, conversationId, time, LocalDate.ofInstant(at, this.zone),
						fit(question, QUESTION_COLUMN), fit(answer.text(), ANSWER_COLUMN), answer.intent(),
						answer.confidence(), answer.outcome().name(), answer.language(), topic, tenant)
				.update();
		});
	}

	/**
	 * Records a thumbs up or down on an answer of this conversation; a second vote on the
	 * same answer replaces the first.
	 * @return false when the conversation has no such answer
	 */
	boolean recordFeedback(String conversationId, String messageId, boolean helpful, String comment, Instant at) {
		OffsetDateTime time = at.atOffset(ZoneOffset.UTC);
		return Boolean.TRUE.equals(this.transactions.execute(status -> {
			boolean exists = this.jdbc
				.sql("SELECT COUNT(*) FROM conversation_message WHERE id = ? AND conversation_id = ?")
				.params(messageId, conversationId)
				.query(Integer.class)
				.single() > 0;
			if (!exists) {
				return false;
			}
			this.jdbc.sql("DELETE FROM feedback WHERE message_id = ?").param(messageId).update();
			this.jdbc.sql("INSERT INTO feedback (message_id, helpful, comment, created_at) VALUES (?, ?, ?, ?)")
				.params(messageId, helpful, comment, time)
				.update();
			return true;
		}));
	}

	/**
	 * Deletes a conversation; its messages and their feedback go with it (the foreign
	 * keys cascade).
	 * @return false when there was no such conversation
	 */
	boolean delete(String conversationId) {
		return Boolean.TRUE.equals(this.transactions.execute(status -> {
			// a dismissed inbox topic that only this conversation's questions made goes
			// too
			this.jdbc.sql("""
					DELETE FROM inbox_decision WHERE action = 'DISMISSED' AND topic IN (
					  SELECT m.topic FROM conversation_message m WHERE m.conversation_id = ?
					  AND NOT EXISTS (SELECT 1 FROM conversation_message o
					    WHERE o.topic = m.topic AND o.conversation_id <> m.conversation_id))""")
				.param(conversationId)
				.update();
			return this.jdbc.sql("DELETE FROM conversation WHERE id = ?").param(conversationId).update() > 0;
		}));
	}

}
