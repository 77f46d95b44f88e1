package de.rathausbot.training;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Several instances on one PostgreSQL.
 *
 * @param versionCheck how often an instance checks that it serves the content published
 * last (besides listening for announcements)
 */
@Validated
@ConfigurationProperties("rathausbot.cluster")
record TrainingProperties(@DefaultValue("5s") @NotNull Duration versionCheck) {
}
