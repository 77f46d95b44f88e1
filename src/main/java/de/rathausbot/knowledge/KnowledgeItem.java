package de.rathausbot.knowledge;

import java.util.List;

/**
 * Something a citizen can ask about by name: a service, a contact, an event, a question
 * of the FAQ or a page of the website.
 */
public sealed interface KnowledgeItem permits Service, Contact, Event, Faq, Page {

	String id();

	/**
	 * {@code service:ID}, {@code contact:ID}, {@code event:ID}, {@code faq:ID} or
	 * {@code page:ID}.
	 */
	String ref();

	String name();

	/** Other names citizens use for it. */
	List<String> synonyms();

	/** Further words that describe it (organisation, role, place), used for matching. */
	List<String> keywords();

}
