package de.rathausbot.conversation;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param handoverContact contact id offered when the bot cannot help (phone, e-mail,
 * opening hours)
 * @param suggestions intent ids suggested as quick replies in the fallback
 * @param lowConfidence answers below this confidence go to the staff's inbox
 */
@Validated
@ConfigurationProperties("rathausbot.conversation")
record ConversationProperties(@DefaultValue("rathaus") @NotBlank String handoverContact, @DefaultValue( {
		"rathaus-oeffnungszeiten", "personalausweis", "termin-buergerbuero" }) List<String> suggestions,
		@DefaultValue("0.8") double lowConfidence){
}
