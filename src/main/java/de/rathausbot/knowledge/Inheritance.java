package de.rathausbot.knowledge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Kommune's knowledge: what it inherits from its Landkreis, less what it hides and what
 * it has an own item of the same reference for, then its own items; each with the tenant
 * it comes from.
 */
final class Inheritance {

	private Inheritance() {
	}

	/** The inherited items kept: a Kommune's own item takes its own translations only. */
	private static Set<String> inheritedKept(Set<String> refs, Set<String> own) {
		Set<String> kept = new java.util.HashSet<>(refs);
		kept.removeAll(own);
		return kept;
	}

	static KnowledgeBase.Snapshot merge(KnowledgeBase.Snapshot inherited, Set<String> hidden, String tenant,
			List<Service> services, List<Contact> contacts, List<Event> events, List<Faq> faqs, List<Page> pages,
			ItemTranslations translations) {
		Map<String, KnowledgeItem> byRef = new LinkedHashMap<>();
		Map<String, String> origins = new LinkedHashMap<>();
		Set<String> own = Stream.of(services, contacts, events, faqs, pages)
			.flatMap(List::stream)
			.map(KnowledgeItem::ref)
			.collect(Collectors.toSet());
		List<List<? extends KnowledgeItem>> kinds = List.of(services, contacts, events, faqs, pages);
		List<List<? extends KnowledgeItem>> inheritedKinds = List.of(inherited.services(), inherited.contacts(),
				inherited.events(), inherited.faqs(), inherited.pages());
		List<List<KnowledgeItem>> merged = new ArrayList<>();
		for (int k = 0; k < kinds.size(); k++) {
			List<KnowledgeItem> items = new ArrayList<>();
			for (KnowledgeItem item : inheritedKinds.get(k)) {
				if (!own.contains(item.ref()) && !hidden.contains(item.ref())) {
					items.add(item);
					byRef.put(item.ref(), item);
					origins.put(item.ref(), inherited.origin(item.ref()).orElse(tenant));
				}
			}
			for (KnowledgeItem item : kinds.get(k)) {
				items.add(item);
				byRef.put(item.ref(), item);
				origins.put(item.ref(), tenant);
			}
			merged.add(items);
		}
		List<Event> allEvents = merged.get(2)
			.stream()
			.map(Event.class::cast)
			.sorted(Comparator.comparing(Event::start))
			.toList();
		return new KnowledgeBase.Snapshot(merged.get(0).stream().map(Service.class::cast).toList(),
				merged.get(1).stream().map(Contact.class::cast).toList(), allEvents,
				merged.get(3).stream().map(Faq.class::cast).toList(),
				merged.get(4).stream().map(Page.class::cast).toList(), byRef, origins,
				inherited.translations().of(inheritedKept(byRef.keySet(), own)).with(translations));
	}

}
