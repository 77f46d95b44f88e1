package de.rathausbot.conversation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message longer than the log's column (a Telegram message may have 4,096 characters)
 * is answered and stored cut, never lost.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:long-messages")
@ActiveProfiles("test")
class LongMessageTests {

	@Autowired
	ConversationService conversations;

	@Autowired
	JdbcClient jdbc;

	@Test
	void answersAndStoresAMessageLongerThanTheColumn() {
		String question = "Was kostet ein Reisepass? " + "Bitte schnell. ".repeat(300);

		Reply reply = this.conversations.reply(new IncomingMessage(null, "telegram", question, null, null));

		assertThat(reply.answer().text()).isNotBlank();
		String stored = this.jdbc.sql("SELECT question FROM conversation_message WHERE id = ?")
			.param(reply.messageId())
			.query(String.class)
			.single();
		assertThat(stored).hasSize(ConversationLog.QUESTION_COLUMN)
			.endsWith("…")
			.startsWith("Was kostet ein Reisepass?");
	}

}
