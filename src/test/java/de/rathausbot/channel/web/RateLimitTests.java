package de.rathausbot.channel.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client hammering the public API gets 429 with Retry-After and a readable error,
 * while another client keeps being answered.
 */
@SpringBootTest(properties = { "rathausbot.web.rate-limit.requests-per-minute=5", "rathausbot.web.rate-limit.burst=5",
		"spring.datasource.url=jdbc:h2:mem:rate-limit" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RateLimitTests {

	@Autowired
	MockMvcTester mvc;

	private MvcTestResult chat(String address) {
		return this.mvc.post().uri("/api/chat").with(request -> {
			request.setRemoteAddr(address);
			return request;
		}).contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Danke\"}").exchange();
	}

	@Test
	void limitsTheClientThatHammersAndNotTheOthers() {
		for (int i = 0; i < 5; i++) {
			assertThat(chat("203.0.113.9")).hasStatusOk();
		}

		MvcTestResult refused = chat("203.0.113.9");
		assertThat(refused).hasStatus(429);
		// one request every 12 seconds
		assertThat(Integer.parseInt(refused.getResponse().getHeader("Retry-After"))).isBetween(1, 12);
		assertThat(refused).bodyJson().extractingPath("$.error").asString().contains("too many requests");
		assertThat(chat("198.51.100.4")).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/knowledge/services").with(request -> {
			request.setRemoteAddr("203.0.113.9");
			return request;
		}).exchange()).as("the knowledge API shares the client's bucket").hasStatus(429);
	}

}
