package de.rathausbot.knowledge;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param location folder with {@code services.yml}, {@code contacts.yml},
 * {@code events.yml} and {@code *.ics}
 */
@Validated
@ConfigurationProperties("rathausbot.knowledge")
record KnowledgeProperties(@DefaultValue("file:./knowledge/") @NotBlank String location) {
}
