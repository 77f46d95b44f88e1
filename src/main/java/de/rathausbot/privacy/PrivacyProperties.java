package de.rathausbot.privacy;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long what citizens wrote is kept.
 *
 * @param retentionDays messages older than this many days (whole days in the city's time
 * zone) are deleted; their counts stay for the analytics
 * @param retentionCron when the deletion runs (Spring cron, in the city's time zone)
 */
@Validated
@ConfigurationProperties("rathausbot.privacy")
public record PrivacyProperties(@DefaultValue("90") @Min(1) int retentionDays,
		@DefaultValue("0 15 3 * * *") String retentionCron) {
}
