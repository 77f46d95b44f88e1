package de.rathausbot.dialogue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import de.rathausbot.intents.IntentContent;
import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.nlu.Interpretation;
import de.rathausbot.nlu.TrainedModel;

/**
 * Whether a question is really about a contact. A question whose nouns the contact's
 * intents and names do not explain ("Telefonnummer der Polizei Ludwigsburg") must name
 * the contact by a term few contacts share ("rathaus", not "ludwigsburg"); otherwise it
 * asks about another office and must not get the Rathaus phone number.
 */
final class ContactMentions {

	/** A term in this many contacts' names says nothing about which one is meant. */
	private static final int GENERIC = 4;

	private volatile Cached distinctiveTerms;

	/**
	 * Computed for one model and one content: a retrained model has another vocabulary,
	 * changed content other contacts.
	 */
	private record Cached(TrainedModel model, KnowledgeBase.Snapshot knowledge, Map<String, Set<String>> terms) {
	}

	boolean isAbout(Contact contact, Interpretation interpretation, TrainedModel model, IntentContent intents,
			KnowledgeBase.Snapshot knowledge) {
		if (interpretation.nounTerms().isEmpty()) {
			return true;
		}
		Set<String> explained = new HashSet<>(model.termsOf(contact.ref()));
		intents.intents()
			.stream()
			.filter(i -> i.knowledge().filter(contact.ref()::equals).isPresent())
			.forEach(i -> explained.addAll(model.termsOf(i.id())));
		boolean allExplained = explained.containsAll(interpretation.nounTerms());
		return allExplained || isNamedIn(contact, interpretation.terms(), model, knowledge);
	}

	private boolean isNamedIn(Contact contact, List<String> questionTerms, TrainedModel model,
			KnowledgeBase.Snapshot knowledge) {
		Set<String> names = distinctiveTerms(model, knowledge).getOrDefault(contact.id(), Set.of());
		return questionTerms.stream().anyMatch(names::contains);
	}

	/** Computed on first use, and again for another model or content. */
	private Map<String, Set<String>> distinctiveTerms(TrainedModel model, KnowledgeBase.Snapshot knowledge) {
		Cached cached = this.distinctiveTerms;
		if (cached == null || cached.model() != model || cached.knowledge() != knowledge) {
			cached = new Cached(model, knowledge, compute(model, knowledge));
			this.distinctiveTerms = cached;
		}
		return cached.terms();
	}

	private static Map<String, Set<String>> compute(TrainedModel model, KnowledgeBase.Snapshot knowledge) {
		Map<String, Set<String>> byContact = new HashMap<>();
		Map<String, Integer> contactsPerTerm = new HashMap<>();
		for (Contact contact : knowledge.contacts()) {
			Set<String> terms = new HashSet<>();
			Stream.concat(Stream.of(contact.name()), contact.synonyms().stream())
				.forEach(name -> terms.addAll(model.terms(name)));
			terms.forEach(t -> contactsPerTerm.merge(t, 1, Integer::sum));
			byContact.put(contact.id(), terms);
		}
		byContact.values().forEach(terms -> terms.removeIf(t -> contactsPerTerm.get(t) >= GENERIC));
		return byContact;
	}

}
