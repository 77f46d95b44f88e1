package de.rathausbot.knowledge;

import java.util.List;

/** Something a citizen can ask about by name: a service, a contact or an event. */
public sealed interface KnowledgeItem permits Service, Contact, Event {

	String id();

	/** {@code service:ID}, {@code contact:ID} or {@code event:ID}. */
	String ref();

	String name();

	/** Other names citizens use for it. */
	List<String> synonyms();

	/** Further words that describe it (organisation, role, place), used for matching. */
	List<String> keywords();

}
