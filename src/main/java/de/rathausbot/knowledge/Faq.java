package de.rathausbot.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * A frequently asked question with the city's own answer: one phrasing is enough, others
 * help.
 *
 * @param answer the answer as written (the Markdown subset of intent answers)
 * @param url the page the answer comes from, if any
 */
public record Faq(String id, String question, List<String> phrasings, String answer,
		Optional<String> url) implements KnowledgeItem {

	public Faq {
		phrasings = List.copyOf(phrasings);
	}

	@Override
	public String ref() {
		return "faq:" + this.id;
	}

	@Override
	public String name() {
		return this.question;
	}

	@Override
	public List<String> synonyms() {
		return this.phrasings;
	}

	@Override
	public List<String> keywords() {
		return List.of();
	}

}
