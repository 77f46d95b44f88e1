package de.rathausbot.conversation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.nlu.IntentClassifier;
import de.rathausbot.nlu.Interpretation;

/**
 * Whether a question is really about a contact. A question whose nouns the contact's
 * intents and names do not explain ("Telefonnummer der Polizei Ludwigsburg") must name
 * the contact by a term few contacts share ("rathaus", not "ludwigsburg"); otherwise it
 * asks about another office and must not get the Rathaus phone number.
 */
final class ContactMentions {

	/** A term in this many contacts' names says nothing about which one is meant. */
	private static final int GENERIC = 4;

	private final IntentClassifier classifier;

	private final KnowledgeBase knowledge;

	private volatile Cached distinctiveTerms;

	/** Computed for one model: a retrained model has another vocabulary. */
	private record Cached(long generation, Map<String, Set<String>> terms) {
	}

	private final IntentCatalog intents;

	ContactMentions(IntentClassifier classifier, KnowledgeBase knowledge, IntentCatalog intents) {
		this.classifier = classifier;
		this.knowledge = knowledge;
		this.intents = intents;
	}

	boolean isAbout(Contact contact, Interpretation interpretation) {
		if (interpretation.nounTerms().isEmpty()) {
			return true;
		}
		Set<String> explained = new HashSet<>(this.classifier.termsOf(contact.ref()));
		this.intents.content()
			.intents()
			.stream()
			.filter(i -> i.knowledge().filter(contact.ref()::equals).isPresent())
			.forEach(i -> explained.addAll(this.classifier.termsOf(i.id())));
		boolean allExplained = explained.containsAll(interpretation.nounTerms());
		return allExplained || isNamedIn(contact, interpretation.terms());
	}

	private boolean isNamedIn(Contact contact, List<String> questionTerms) {
		Set<String> names = distinctiveTerms().getOrDefault(contact.id(), Set.of());
		return questionTerms.stream().anyMatch(names::contains);
	}

	/** Computed on first use, and again after each training. */
	private Map<String, Set<String>> distinctiveTerms() {
		Cached cached = this.distinctiveTerms;
		long generation = this.classifier.generation();
		if (cached == null || cached.generation() != generation) {
			cached = new Cached(generation, compute());
			this.distinctiveTerms = cached;
		}
		return cached.terms();
	}

	private Map<String, Set<String>> compute() {
		Map<String, Set<String>> byContact = new HashMap<>();
		Map<String, Integer> contactsPerTerm = new HashMap<>();
		for (Contact contact : this.knowledge.contacts()) {
			Set<String> terms = new HashSet<>();
			Stream.concat(Stream.of(contact.name()), contact.synonyms().stream())
				.forEach(name -> terms.addAll(this.classifier.terms(name)));
			terms.forEach(t -> contactsPerTerm.merge(t, 1, Integer::sum));
			byContact.put(contact.id(), terms);
		}
		byContact.values().forEach(terms -> terms.removeIf(t -> contactsPerTerm.get(t) >= GENERIC));
		return byContact;
	}

}
