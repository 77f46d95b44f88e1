package de.rathausbot.conversation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.Outcome;
import de.rathausbot.system.SystemProperties;
import de.rathausbot.tenant.Tenants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records each exchange with two plain SQL statements; the exchanges of requests that
 * arrive together share one transaction ({@link GroupCommit}): on the hot path of every
 * message, an ORM's session and flush and a commit per message cost more than answering
 * the question (measured with JFR under load).
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

	/** The exchanges of concurrent requests, stored together. */
	private final GroupCommit<Exchange> exchanges = new GroupCommit<>(this::writeAll);

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
	 * Continues the conversation with this id, or starts it if it does not exist (any
	 * more).
	 * @param continues whether the conversation existed a moment ago (a new one is
	 * inserted without first trying to update it)
	 */
	void record(String conversationId, boolean continues, String channel, String messageId, Instant at, String question,
			Answer answer, String topic) {
		this.exchanges.write(new Exchange(conversationId, continues, channel, messageId, at.atOffset(ZoneOffset.UTC),
				LocalDate.ofInstant(at, this.zone), fit(question, QUESTION_COLUMN), fit(answer.text(), ANSWER_COLUMN),
				answer, topic, this.tenants.current().id()));
	}

	/** A question and its answer as stored. */
	private record Exchange(String conversationId, boolean continues, String channel, String messageId,
			OffsetDateTime time, LocalDate localDay, String question, String answerText, Answer answer, String topic,
			String tenant) {
	}

	private void writeAll(List<Exchange> exchanges) {
		this.transactions.executeWithoutResult(status -> exchanges.forEach(this::insert));
	}

	private void insert(Exchange exchange) {
		boolean continued = exchange.continues()
				&& this.jdbc.sql("UPDATE conversation SET last_activity_at = ? WHERE id = ?")
					.params(exchange.time(), exchange.conversationId())
					.update() > 0;
		if (!continued) {
			this.jdbc.sql("""
					INSERT INTO conversation (id, channel, started_at, last_activity_at, tenant)
					VALUES (?, ?, ?, ?, ?)""")
				.params(exchange.conversationId(), exchange.channel(), exchange.time(), exchange.time(),
						exchange.tenant())
				.update();
		}
		Answer answer = exchange.answer();
		this.jdbc.sql("""
				INSERT INTO conversation_message
				  (id, conversation_id, created_at, local_day, question, answer, intent, confidence, outcome,
				   language, topic, tenant, generation)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(exchange.messageId(), exchange.conversationId(), exchange.time(), exchange.localDay(),
					exchange.question(), exchange.answerText(), answer.intent(), answer.confidence(),
					answer.outcome().name(), answer.language(), exchange.topic(), exchange.tenant(),
					answer.generation() == null ? null : answer.generation().note())
			.update();
	}

	/** How the bot's latest answers in a conversation ended, the latest first. */
	List<Outcome> latestOutcomes(String conversationId, int count) {
		return this.jdbc
			.sql("SELECT outcome FROM conversation_message WHERE conversation_id = ? ORDER BY created_at DESC, id DESC"
					+ " LIMIT ?")
			.params(conversationId, count)
			.query((rs, row) -> Outcome.valueOf(rs.getString(1)))
			.list();
	}

	/** The conversation's latest exchanges, oldest first. */
	List<ConversationService.Exchange> history(String conversationId, int count) {
		List<ConversationService.Exchange> latest = new java.util.ArrayList<>(this.jdbc
			.sql("SELECT question, answer, created_at FROM conversation_message WHERE conversation_id = ?"
					+ " ORDER BY created_at DESC, id DESC LIMIT ?")
			.params(conversationId, count)
			.query((rs, row) -> new ConversationService.Exchange(rs.getString(1), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class).toInstant()))
			.list());
		java.util.Collections.reverse(latest);
		return latest;
	}

	java.util.Optional<String> tenantOf(String conversationId) {
		return this.jdbc.sql("SELECT tenant FROM conversation WHERE id = ?")
			.param(conversationId)
			.query(String.class)
			.optional();
	}

	/** Notes activity in a conversation besides the bot's exchanges. */
	void touch(String conversationId, Instant at) {
		this.jdbc.sql("UPDATE conversation SET last_activity_at = ? WHERE id = ?")
			.params(at.atOffset(ZoneOffset.UTC), conversationId)
			.update();
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
					DELETE FROM inbox_decision WHERE action = 'DISMISSED'
					  AND tenant = (SELECT c.tenant FROM conversation c WHERE c.id = ?) AND topic IN (
					  SELECT m.topic FROM conversation_message m WHERE m.conversation_id = ?
					  AND NOT EXISTS (SELECT 1 FROM conversation_message o
					    WHERE o.tenant = m.tenant AND o.topic = m.topic AND o.conversation_id <> m.conversation_id))""")
				.params(conversationId, conversationId)
				.update();
			return this.jdbc.sql("DELETE FROM conversation WHERE id = ?").param(conversationId).update() > 0;
		}));
	}

}
