package de.rathausbot.system;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param region German Land whose public holidays close offices (jollyday code, e.g.
 * {@code BW})
 * @param timeZone the municipality's time zone
 * @param clock {@code rathausbot.clock.fixed}: a fixed ISO-8601 date-time for demos and
 * tests; empty means the real clock
 * @param city the municipality's name and colour, for the widget's embed code
 */
@Validated
@ConfigurationProperties("rathausbot")
public record SystemProperties(@DefaultValue("BW") @NotBlank String region,
		@DefaultValue("Europe/Berlin") @NotNull ZoneId timeZone, @DefaultValue Clock clock,
		@Valid @DefaultValue City city) {

	/**
	 * @param fixed the instant the clock stands at, or null for the system clock
	 */
	public record Clock(OffsetDateTime fixed) {
	}

	/**
	 * @param name e.g. "Stadt Ludwigsburg": the widget's title ("Frag …") in its embed
	 * code; empty until the city sets it
	 * @param color the widget's colour, {@code #rrggbb}
	 */
	public record City(@DefaultValue("") String name, @DefaultValue("#004f9f") @Pattern(regexp = "#[0-9a-fA-F]{6}",
			message = "a colour like #004f9f") String color) {
	}

}
