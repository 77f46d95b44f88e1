package de.rathausbot.dialogue.answers;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.AnswerTexts;
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

	/**
	 * @param titles the suggested intents' titles in the answer's language
	 */
	public Answer answer(String language, ZonedDateTime now, double confidence, UnaryOperator<String> titles) {
		AnswerTexts t = AnswerTexts.in(language);
		List<String> lines = new ArrayList<>();
		lines.add(t.get("fallback.cannot"));
		Optional<Contact> contact = this.knowledge.contact(this.handoverContact.get());
		contact.ifPresent(c -> {
			lines.add(t.get("fallback.team", c.name()));
			c.phone().ifPresent(p -> lines.add("- " + t.get("fallback.phone", p)));
			c.email().ifPresent(e -> lines.add("- " + t.get("fallback.email", e)));
			c.openingHours()
				.ifPresent(h -> lines.add("- " + t.get("fallback.hours", this.answers.contacts().weekly(h, t))));
		});
		List<String> suggestions = this.properties.suggestions()
			.stream()
			.map(id -> this.intents.content().find(id))
			.flatMap(Optional::stream)
			.map(Intent::title)
			.map(titles)
			.toList();
		if (!suggestions.isEmpty()) {
			lines.add(t.get("fallback.examples"));
			suggestions.forEach(s -> lines.add("- " + s));
		}
		return new Answer(String.join("\n", lines), Outcome.FALLBACK, null, confidence, language, suggestions,
				List.of());
	}

}
