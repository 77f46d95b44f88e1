package de.rathausbot.intents;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param location folder with the intent files ({@code file:./intents/} or
 * {@code classpath:...})
 * @param minExamples how many example phrasings every intent needs at least
 */
@Validated
@ConfigurationProperties("rathausbot.intents")
record IntentsProperties(@DefaultValue("file:./intents/") @NotBlank String location,
		@DefaultValue("8") @Min(1) int minExamples) {
}
