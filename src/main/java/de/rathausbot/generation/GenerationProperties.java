package de.rathausbot.generation;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The city's language model, reached through an OpenAI-compatible API (vLLM, Ollama's
 * {@code /v1}, LM Studio, a hosted provider): off while {@code base-url} is empty.
 *
 * @param baseUrl e.g. {@code http://localhost:11434/v1}; empty: no model is used
 * @param model the model's name at that endpoint
 * @param apiKey sent as a bearer token; never logged, never shown
 * @param timeout how long a citizen waits for the model before the bot quotes the passage
 * itself
 * @param maxTokens the longest answer the model may write
 * @param temperature 0: the most likely wording, the same for the same question
 * @param passages how many passages of the city's knowledge the model gets
 * @param failuresToOpen failed calls in a row after which the model is left alone for
 * {@code openFor}
 */
@Validated
@ConfigurationProperties("rathausbot.llm")
public record GenerationProperties(@DefaultValue("") String baseUrl, @DefaultValue("") String model,
		@DefaultValue("") String apiKey, @DefaultValue("8s") Duration timeout,
		@DefaultValue("400") @Min(50) @Max(4000) int maxTokens,
		@DefaultValue("0") @DecimalMin("0") @DecimalMax("2") double temperature,
		@DefaultValue("4") @Min(1) @Max(10) int passages, @DefaultValue("3") @Min(1) int failuresToOpen,
		@DefaultValue("60s") Duration openFor) {

	public GenerationProperties {
		if (!baseUrl.isBlank()) {
			if (model.isBlank()) {
				throw new IllegalArgumentException(
						"rathausbot.llm.model: name the model to use at " + baseUrl + " (e.g. llama3.1:8b)");
			}
			URI uri = URI.create(baseUrl);
			if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
				throw new IllegalArgumentException(
						"rathausbot.llm.base-url: an http or https address, e.g. http://localhost:11434/v1");
			}
		}
	}

	/** Whether a model is configured. */
	public boolean enabled() {
		return !this.baseUrl.isBlank();
	}

	/** Where the model runs, without any credentials: for the privacy page and logs. */
	public String endpoint() {
		if (!enabled()) {
			return "";
		}
		URI uri = URI.create(this.baseUrl);
		return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
	}

	/** Without the API key: this record may end up in a log. */
	@Override
	public String toString() {
		return "GenerationProperties[endpoint=" + endpoint() + ", model=" + this.model + ", apiKey="
				+ (this.apiKey.isEmpty() ? "" : "***") + ", timeout=" + this.timeout + ", maxTokens=" + this.maxTokens
				+ ", temperature=" + this.temperature + ", passages=" + this.passages + ", failuresToOpen="
				+ this.failuresToOpen + ", openFor=" + this.openFor + "]";
	}

}
