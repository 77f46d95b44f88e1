package de.rathausbot.channel.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the widget needs from the server: its files, cards in the answers, feedback, and
 * cross-origin calls from the allowed city website only.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class WidgetApiTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcTemplate jdbc;

	private MvcTestResult chat(String text) {
		return this.mvc.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"" + text + "\"}")
			.exchange();
	}

	private MvcTestResult feedback(String json) {
		return this.mvc.post()
			.uri("/api/chat/feedback")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	@Test
	void servesTheWidgetTheDemoPageAndTheEmbedGuide() {
		assertThat(this.mvc.get().uri("/widget.js").exchange()).hasStatusOk()
			.hasContentTypeCompatibleWith("text/javascript")
			.bodyText()
			.contains("attachShadow");
		assertThat(this.mvc.get().uri("/").exchange()).hasStatusOk().hasForwardedUrl("index.html");
		assertThat(this.mvc.get().uri("/index.html").exchange()).hasStatusOk()
			.bodyText()
			.contains("src=\"/widget.js\"");
		assertThat(this.mvc.get().uri("/embed.html").exchange()).hasStatusOk().bodyText().contains("data-color");
		assertThat(this.mvc.get().uri("/datenschutz.html").exchange()).hasStatusOk();
	}

	@Test
	void answersCarryACardOfTheContactWithPhoneAndMailLinks() {
		MvcTestResult result = chat("Adresse vom Rathaus");

		assertThat(result).bodyJson().extractingPath("$.cards[0].kind").isEqualTo("contact");
		assertThat(result).bodyJson()
			.extractingPath("$.cards[0].facts[?(@.label == 'Telefon')].href")
			.asArray()
			.containsExactly("tel:+4971419100");
		assertThat(result).bodyJson()
			.extractingPath("$.cards[0].facts[?(@.label == 'E-Mail')].href")
			.asArray()
			.containsExactly("mailto:rathaus@ludwigsburg.de");
		assertThat(chat("Was kostet ein Reisepass?")).bodyJson()
			.extractingPath("$.cards[0].facts[?(@.label == 'Kosten')].value")
			.asArray()
			.singleElement()
			.asString()
			.contains("70,00 €");
	}

	@Test
	void storesAThumbOnAnAnswerAndAChangeOfMind() {
		MvcTestResult answer = chat("Was kostet ein Reisepass?");
		String conversation = com.jayway.jsonpath.JsonPath.read(body(answer), "$.conversationId");
		String message = com.jayway.jsonpath.JsonPath.read(body(answer), "$.messageId");

		assertThat(feedback("{\"conversationId\": \"" + conversation + "\", \"messageId\": \"" + message
				+ "\", \"helpful\": false, \"comment\": \"Preis für Kinder fehlt\"}"))
			.hasStatus(204);
		assertThat(feedback("{\"conversationId\": \"" + conversation + "\", \"messageId\": \"" + message
				+ "\", \"helpful\": true}"))
			.hasStatus(204);

		assertThat(this.jdbc.queryForList("SELECT helpful, comment FROM feedback WHERE message_id = ?", message))
			.singleElement()
			.satisfies(row -> assertThat(row.get("HELPFUL")).isEqualTo(true));
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void rejectsFeedbackOnAnUnknownAnswerOrWithoutAVerdict() {
		assertThat(feedback("{\"conversationId\": \"unknown-conversation\", \"messageId\": \"x\", \"helpful\": true}"))
			.hasStatus(404)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("no answer 'x'");
		assertThat(feedback("{\"conversationId\": \"unknown-conversation\", \"messageId\": \"x\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("\"helpful\": true");
	}

	@Test
	void allowsTheConfiguredCityWebsiteAndNoOther() {
		MvcTestResult allowed = this.mvc.options()
			.uri("/api/chat")
			.header(HttpHeaders.ORIGIN, "https://www.ludwigsburg.de")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
			.exchange();
		MvcTestResult other = this.mvc.options()
			.uri("/api/chat")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
			.exchange();

		assertThat(allowed).hasStatusOk()
			.headers()
			.hasValue(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://www.ludwigsburg.de");
		assertThat(allowed).headers().doesNotContainHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
		assertThat(other).hasStatus(403);
	}

}
