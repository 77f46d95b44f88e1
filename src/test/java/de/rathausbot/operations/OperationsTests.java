package de.rathausbot.operations;

import de.rathausbot.workspace.StaffSignIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operations team gets: Prometheus metrics with the right tags after a few chats,
 * for monitoring or admin credentials only; the OpenAPI description of the chat API; and
 * not one log line with the personal data a citizen typed.
 */
@SpringBootTest(properties = "management.defaults.metrics.export.enabled=true")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:operations;DB_CLOSE_DELAY=-1")
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class OperationsTests {

	@Autowired
	MockMvcTester mvc;

	private MvcTestResult chat(String text) {
		return this.mvc.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"" + text + "\"}")
			.exchange();
	}

	@Test
	void theMetricsShowChatsByOutcomeAndChannelForMonitoringOnly() {
		assertThat(chat("Was kostet ein Reisepass?")).hasStatusOk();
		assertThat(chat("Wie wird das Wetter morgen auf dem Mars?")).hasStatusOk();

		MvcTestResult metrics = this.mvc.get()
			.uri("/actuator/prometheus")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.exchange();
		assertThat(metrics).hasStatusOk();
		assertThat(StaffSignIn.bodyOf(metrics))
			.contains("rathausbot_chat_seconds_count{channel=\"web\",outcome=\"answered\",tenant=\"default\"}")
			.contains("rathausbot_chat_seconds_count{channel=\"web\",outcome=\"fallback\",tenant=\"default\"}")
			.contains("rathausbot_chat_seconds_bucket")
			.contains("rathausbot_content_version{tenant=\"default\"}")
			.contains("rathausbot_rate_limit_rejected_total{channel=\"web\"}");
		assertThat(this.mvc.get().uri("/actuator/prometheus")).hasStatus(401);

		assertThat(this.mvc.post()
			.uri("/api/admin/users")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"prometheus\", \"password\": \"messwerte-lesen-1\", \"roles\": [\"MONITOR\"]}")
			.exchange()).hasStatus(201);
		String monitor = StaffSignIn.basic("prometheus", "messwerte-lesen-1");
		assertThat(this.mvc.get().uri("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, monitor)).hasStatusOk();
		assertThat(this.mvc.get().uri("/api/admin/intents").header(HttpHeaders.AUTHORIZATION, monitor))
			.as("a monitoring account reads metrics and nothing else")
			.hasStatus(403);
	}

	@Test
	void theOpenApiDescriptionListsTheChatApiWithItsSchema() {
		MvcTestResult docs = this.mvc.get()
			.uri("/v3/api-docs")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.exchange();

		assertThat(docs).hasStatusOk();
		assertThat(StaffSignIn.bodyOf(docs)).contains("\"/api/chat\"")
			.contains("ChatRequest")
			.contains("conversationId");
		assertThat(this.mvc.get().uri("/v3/api-docs")).as("not public unless the city wants it").hasStatus(401);
	}

	@Test
	void noLogLineHoldsThePersonalDataACitizenTyped(CapturedOutput output) {
		assertThat(chat("Meine IBAN ist DE89370400440532013000 und meine Mail max.mustermann@example.org, "
				+ "ruft mich an unter 0151 23456789"))
			.hasStatusOk();
		assertThat(chat("Ich heiße Max Mustermann, geboren am 12.03.1985, Steuer-ID 12345678901")).hasStatusOk();

		assertThat(output.getAll()).doesNotContain("DE89370400440532013000")
			.doesNotContain("max.mustermann@example.org")
			.doesNotContain("0151 23456789")
			.doesNotContain("12345678901");
	}

}
