package de.rathausbot.dialogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import de.rathausbot.intents.Intent;
import de.rathausbot.intents.IntentContent;
import de.rathausbot.knowledge.ItemTranslations;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.knowledge.KnowledgeItem;

/**
 * Titles in the answer's language, for quick replies and questions back: an intent's
 * title as staff translated it ({@code translations: {en: {title: …}}}); else, a title
 * that names a knowledge item — the item's own name, or an intent's title that is the
 * name of the item it answers from — is said with the name staff translated ("Reisepass"
 * → "Passport (Reisepass)"), which the bot understands when the citizen taps it. Other
 * titles stay as written.
 */
final class LocalTitles implements UnaryOperator<String> {

	private static final LocalTitles AS_WRITTEN = new LocalTitles(Map.of());

	private final Map<String, String> translated;

	private LocalTitles(Map<String, String> translated) {
		this.translated = translated;
	}

	static LocalTitles in(String language, IntentContent content, KnowledgeBase.Snapshot knowledge) {
		if (AnswerTexts.in(language).german()) {
			return AS_WRITTEN;
		}
		ItemTranslations translations = knowledge.translations();
		Map<String, String> translated = new HashMap<>();
		for (Intent intent : content.intents()) {
			// an intent's own title in the language comes first
			String title = intent.titles().get(language);
			if (title != null) {
				translated.put(intent.title(), title);
			}
		}
		for (KnowledgeItem item : knowledge.items()) {
			name(translated, item.name(), translations.in(item, language));
		}
		for (Intent intent : content.intents()) {
			// only a title that is the item's name ("Öffnungszeiten des Rathauses" is
			// not)
			intent.knowledge()
				.flatMap(knowledge::find)
				.filter(item -> names(intent.title(), item))
				.ifPresent(item -> name(translated, intent.title(), translations.in(item, language)));
		}
		return new LocalTitles(translated);
	}

	private static boolean names(String title, KnowledgeItem item) {
		return title.equalsIgnoreCase(item.name()) || item.synonyms().stream().anyMatch(title::equalsIgnoreCase);
	}

	private static void name(Map<String, String> translated, String title, KnowledgeItem copy) {
		if (!copy.name().equals(title)) {
			translated.putIfAbsent(title, copy.name());
		}
	}

	@Override
	public String apply(String title) {
		return this.translated.getOrDefault(title, title);
	}

	/** The titles in the language; the same list when none of them changes. */
	List<String> all(List<String> titles) {
		return this.translated.isEmpty() || titles.stream().noneMatch(this.translated::containsKey) ? titles
				: titles.stream().map(this).toList();
	}

}
