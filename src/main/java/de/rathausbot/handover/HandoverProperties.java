package de.rathausbot.handover;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Live chat with staff.
 *
 * @param enabled whether the bot offers live chat at all
 * @param hours when live chat is offered (OSM {@code opening_hours}, public holidays of
 * the Land count with {@code PH}); within them, only while a staff member is available
 * @param intent the intent citizens ask for a person with
 * @param offerAfterFallbacks after this many answers in a row the bot could not give, it
 * offers a person too
 * @param maxWait a wait nobody takes within this time ends as abandoned; the citizen is
 * told whom to call
 * @param presence a staff member counts as available while the workspace's live-chat page
 * was seen this recently
 * @param callbacks call-back requests when nobody is available
 */
@Validated
@ConfigurationProperties("rathausbot.handover")
public record HandoverProperties(@DefaultValue("true") boolean enabled,
		@DefaultValue("Mo-Fr 08:00-16:00; PH off") @NotBlank String hours,
		@DefaultValue("mitarbeiter-sprechen") @NotBlank String intent,
		@DefaultValue("2") @Min(1) int offerAfterFallbacks, @DefaultValue("15m") Duration maxWait,
		@DefaultValue("60s") Duration presence, @DefaultValue Callbacks callbacks) {

	/**
	 * @param enabled whether the bot offers to be called back when nobody is available
	 * (name and phone number, only with the citizen's explicit consent)
	 * @param keepDays after how many days an open request is deleted
	 */
	public record Callbacks(@DefaultValue("false") boolean enabled, @DefaultValue("7") @Min(1) int keepDays) {
	}

}
