package de.rathausbot.channel.web;

import com.jayway.jsonpath.JsonPath;
import de.rathausbot.CitizenChat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Privacy in the chat API: personal data is answered from but not stored, and a citizen
 * can delete a conversation with everything stored about it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PrivacyApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	private String ask(String text) {
		return CitizenChat.ask(this.mvc, text);
	}

	@Test
	void answersTheQuestionButStoresItWithoutPersonalData() throws Exception {
		String reply = ask("Ich bin max@example.org, Tel. 0176 12345678 – was kostet ein Reisepass?");
		assertThat((String) JsonPath.read(reply, "$.text")).contains("70,00");
		String conversation = JsonPath.read(reply, "$.conversationId");
		String stored = this.jdbc.sql("SELECT question FROM conversation_message WHERE conversation_id = ?")
			.param(conversation)
			.query(String.class)
			.single();
		assertThat(stored).isEqualTo("Ich bin [E-MAIL], Tel. [TELEFON] – was kostet ein Reisepass?");
	}

	@Test
	void redactsFeedbackComments() throws Exception {
		String reply = ask("Was kostet ein Reisepass?");
		String conversation = JsonPath.read(reply, "$.conversationId");
		String message = JsonPath.read(reply, "$.messageId");
		assertThat(this.mvc.post()
			.uri("/api/chat/feedback")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"conversationId\": \"" + conversation + "\", \"messageId\": \"" + message
					+ "\", \"helpful\": false, \"comment\": \"Rufen Sie mich an: 07141 123456\"}")
			.exchange()).hasStatus(204);
		assertThat(this.jdbc.sql("SELECT comment FROM feedback WHERE message_id = ?")
			.param(message)
			.query(String.class)
			.single()).isEqualTo("Rufen Sie mich an: [TELEFON]");
	}

	@Test
	void aCitizenDeletesTheirConversationWithItsFeedback() throws Exception {
		String reply = ask("Was kostet ein Reisepass?");
		String conversation = JsonPath.read(reply, "$.conversationId");
		String message = JsonPath.read(reply, "$.messageId");
		this.mvc.post()
			.uri("/api/chat/feedback")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"conversationId\": \"" + conversation + "\", \"messageId\": \"" + message
					+ "\", \"helpful\": true}")
			.exchange();

		assertThat(this.mvc.delete().uri("/api/chat/" + conversation).exchange()).hasStatus(204);

		assertThat(count("SELECT COUNT(*) FROM conversation WHERE id = ?", conversation)).isZero();
		assertThat(count("SELECT COUNT(*) FROM conversation_message WHERE conversation_id = ?", conversation)).isZero();
		assertThat(count("SELECT COUNT(*) FROM feedback WHERE message_id = ?", message)).isZero();
		MvcTestResult again = this.mvc.delete().uri("/api/chat/" + conversation).exchange();
		assertThat(again).hasStatus(404);
		assertThat(again).bodyJson().extractingPath("$.error").asString().contains("no conversation");
		assertThat(this.mvc.delete().uri("/api/chat/not a valid id").exchange()).hasStatus(404);
	}

	private int count(String sql, String id) {
		return this.jdbc.sql(sql).param(id).query(Integer.class).single();
	}

}
