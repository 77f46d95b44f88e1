package de.rathausbot.knowledge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What staff translated of the knowledge: each item's copy in another language (the
 * German item with the fields of its {@code translations:} in place of the German ones),
 * whether that copy leaves German texts, and a service's text in Leichte Sprache.
 *
 * @param copies the translated copies, by reference and language
 * @param missing by reference and language, the fields whose German text the copy still
 * shows (none: a complete translation)
 * @param leichteSprache by reference, the text in Leichte Sprache
 */
public record ItemTranslations(Map<String, Map<String, KnowledgeItem>> copies,
		Map<String, Map<String, List<String>>> missing, Map<String, String> leichteSprache) {

	static final ItemTranslations NONE = new ItemTranslations(Map.of(), Map.of(), Map.of());

	public ItemTranslations {
		copies = Map.copyOf(copies);
		missing = Map.copyOf(missing);
		leichteSprache = Map.copyOf(leichteSprache);
	}

	/** The item in this language, or the German item where it has no translation. */
	@SuppressWarnings("unchecked")
	public <T extends KnowledgeItem> T in(T item, String language) {
		KnowledgeItem copy = this.copies.getOrDefault(item.ref(), Map.of()).get(language);
		return copy != null && copy.getClass() == item.getClass() ? (T) copy : item;
	}

	/**
	 * True when the item's texts that answers show exist in this language (a complete
	 * translation); false for German-only items and partial translations.
	 */
	public boolean complete(String ref, String language) {
		return this.copies.getOrDefault(ref, Map.of()).containsKey(language) && missing(ref, language).isEmpty();
	}

	/** The fields an item's translation still shows in German. */
	public List<String> missing(String ref, String language) {
		return this.missing.getOrDefault(ref, Map.of()).getOrDefault(language, List.of());
	}

	/** The languages an item was translated into (complete or not). */
	public Set<String> languagesOf(String ref) {
		return new TreeSet<>(this.copies.getOrDefault(ref, Map.of()).keySet());
	}

	/** Every language some item was translated into. */
	public Set<String> languages() {
		Set<String> languages = new TreeSet<>();
		this.copies.values().forEach(c -> languages.addAll(c.keySet()));
		return languages;
	}

	/** All translated copies, for the matcher to learn their names and phrasings. */
	public List<KnowledgeItem> allCopies() {
		return this.copies.values().stream().flatMap(c -> c.values().stream()).toList();
	}

	public Optional<String> leichteSprache(String ref) {
		return Optional.ofNullable(this.leichteSprache.get(ref));
	}

	/** These translations with those of {@code own} in place where both have an item. */
	ItemTranslations with(ItemTranslations own) {
		Map<String, Map<String, KnowledgeItem>> copies = new LinkedHashMap<>(this.copies);
		Map<String, Map<String, List<String>>> missing = new LinkedHashMap<>(this.missing);
		Map<String, String> easy = new LinkedHashMap<>(this.leichteSprache);
		return new ItemTranslations(put(copies, own.copies), put(missing, own.missing), put(easy, own.leichteSprache));
	}

	/** Only the translations of these items. */
	ItemTranslations of(Set<String> refs) {
		return new ItemTranslations(only(this.copies, refs), only(this.missing, refs), only(this.leichteSprache, refs));
	}

	private static <V> Map<String, V> put(Map<String, V> into, Map<String, V> from) {
		into.putAll(from);
		return into;
	}

	private static <V> Map<String, V> only(Map<String, V> map, Set<String> refs) {
		Map<String, V> kept = new LinkedHashMap<>();
		map.forEach((ref, v) -> {
			if (refs.contains(ref)) {
				kept.put(ref, v);
			}
		});
		return kept;
	}

	/** Collects translations while files are read. */
	static final class Collector {

		private final Map<String, Map<String, KnowledgeItem>> copies = new LinkedHashMap<>();

		private final Map<String, Map<String, List<String>>> missing = new LinkedHashMap<>();

		private final Map<String, String> leichteSprache = new LinkedHashMap<>();

		void add(KnowledgeItem copy, String language, List<String> missing) {
			this.copies.computeIfAbsent(copy.ref(), r -> new LinkedHashMap<>()).put(language, copy);
			if (!missing.isEmpty()) {
				this.missing.computeIfAbsent(copy.ref(), r -> new LinkedHashMap<>())
					.put(language, List.copyOf(missing));
			}
		}

		void leichteSprache(String ref, String text) {
			this.leichteSprache.put(ref, text);
		}

		ItemTranslations collected() {
			return new ItemTranslations(this.copies, this.missing, this.leichteSprache);
		}

	}

}
