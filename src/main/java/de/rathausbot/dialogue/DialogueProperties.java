package de.rathausbot.dialogue;

import java.util.List;

import de.rathausbot.tenant.Tenant;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the bot turns to a person when it cannot help (under the settings' historic prefix
 * {@code rathausbot.conversation}).
 *
 * @param handoverContact contact id offered when the bot cannot help (phone, e-mail,
 * opening hours)
 * @param suggestions intent ids suggested as quick replies in the fallback
 * @param languagesFolder a folder with the city's own answer texts
 * ({@code answers_<language>.properties}, see {@link AnswerTexts}): a language added
 * there is spoken without a new build; empty: only the texts in the jar
 */
@Validated
@ConfigurationProperties("rathausbot.conversation")
public record DialogueProperties(@DefaultValue("rathaus") @NotBlank String handoverContact, @DefaultValue( {
		"rathaus-oeffnungszeiten", "personalausweis", "termin-buergerbuero" }) List<String> suggestions,
		@DefaultValue("") String languagesFolder){

	/** The contact a tenant offers when the bot cannot help: its own, else this one. */
	public String handoverContactOf(Tenant tenant) {
		return tenant.handoverContact().orElse(this.handoverContact);
	}

}
