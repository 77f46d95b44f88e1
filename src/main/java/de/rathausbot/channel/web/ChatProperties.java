package de.rathausbot.channel.web;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxLength longest accepted message, in characters
 * @param allowClockOverride whether a request's {@code now} is honoured (evaluation and
 * demos only)
 */
@Validated
@ConfigurationProperties("rathausbot.chat")
record ChatProperties(@DefaultValue("1000") @Min(1) int maxLength, @DefaultValue("false") boolean allowClockOverride) {
}
