package de.rathausbot;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Asking through the chat API as a citizen, for tests of what is stored of it. */
public final class CitizenChat {

	private CitizenChat() {
	}

	/** Asks a question (without quotes or backslashes); returns the reply's JSON. */
	public static String ask(MockMvcTester mvc, String text) {
		MvcTestResult result = mvc.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"" + text + "\"}")
			.exchange();
		assertThat(result).hasStatusOk();
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
