package de.rathausbot.dialogue.answers;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.DialogueProperties;
import de.rathausbot.dialogue.Outcome;
import de.rathausbot.intents.Intent;
import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.KnowledgeBase;

/**
 * The honest "I can't help with that": says so, names where to turn (the configured
 * handover contact with phone, e-mail and whether it is open now) and suggests what the
 * bot can do.
 */
public final class FallbackAnswer {

	private final IntentCatalog intents;

	private final KnowledgeBase knowledge;

	private final KnowledgeAnswers answers;

	private final DialogueProperties properties;

	private final java.util.function.Supplier<String> handoverContact;

	/**
	 * @param handoverContact the contact the current tenant offers when the bot cannot
	 * help
	 */
	public FallbackAnswer(IntentCatalog intents, KnowledgeBase knowledge, KnowledgeAnswers answers,
			DialogueProperties properties, java.util.function.Supplier<String> handoverContact) {
		this.intents = intents;
		this.knowledge = knowledge;
		this.answers = answers;
		this.properties = properties;
		this.handoverContact = handoverContact;
	}

	public Answer answer(String language, ZonedDateTime now, double confidence) {
		boolean english = "en".equals(language);
		List<String> lines = new ArrayList<>();
		lines.add(english ? "Sorry, I can't answer that – it is not something I know about."
				: "Dazu kann ich Ihnen leider nichts sagen – das gehört nicht zu dem, worüber ich Bescheid weiß.");
		Optional<Contact> contact = this.knowledge.contact(this.handoverContact.get());
		contact.ifPresent(c -> {
			lines.add(english ? "The staff of " + c.name() + " will be glad to help:"
					: "Gern hilft Ihnen das Team im " + c.name() + " weiter:");
			c.phone().ifPresent(p -> lines.add("- " + (english ? "Phone: " : "Telefon: ") + p));
			c.email().ifPresent(e -> lines.add("- " + (english ? "E-mail: " : "E-Mail: ") + e));
			c.openingHours()
				.ifPresent(h -> lines.add(
						"- " + (english ? "Opening hours: " : "Öffnungszeiten: ") + this.answers.contacts().weekly(h)));
		});
		List<String> suggestions = this.properties.suggestions()
			.stream()
			.map(id -> this.intents.content().find(id))
			.flatMap(Optional::stream)
			.map(Intent::title)
			.toList();
		if (!suggestions.isEmpty()) {
			lines.add(english ? "I can help you with, for example:" : "Ich helfe Ihnen zum Beispiel bei:");
			suggestions.forEach(s -> lines.add("- " + s));
		}
		return new Answer(String.join("\n", lines), Outcome.FALLBACK, null, confidence, language, suggestions,
				List.of());
	}

}
