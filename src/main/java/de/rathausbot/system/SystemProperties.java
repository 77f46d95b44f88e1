package de.rathausbot.system;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param region German Land whose public holidays close offices (jollyday code, e.g.
 * {@code BW})
 * @param timeZone the municipality's time zone
 * @param clock {@code rathausbot.clock.fixed}: a fixed ISO-8601 date-time for demos and
 * tests; empty means the real clock
 */
@Validated
@ConfigurationProperties("rathausbot")
public record SystemProperties(@DefaultValue("BW") @NotBlank String region,
		@DefaultValue("Europe/Berlin") @NotNull ZoneId timeZone, @DefaultValue Clock clock) {

	/**
	 * @param fixed the instant the clock stands at, or null for the system clock
	 */
	public record Clock(OffsetDateTime fixed) {
	}

}
