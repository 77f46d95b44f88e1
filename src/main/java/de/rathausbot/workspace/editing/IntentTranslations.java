package de.rathausbot.workspace.editing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * An intent's {@code translations:} as stored: per language the answer as a text, or
 * {@code {answer, title}} when the language has a title too.
 */
final class IntentTranslations {

	private IntentTranslations() {
	}

	/** The stored form of these answers and titles, by language; empty when none. */
	static Map<String, Object> of(Map<String, String> answers, Map<String, String> titles) {
		Map<String, Object> translations = new TreeMap<>();
		Set<String> languages = new TreeSet<>(answers.keySet());
		languages.addAll(titles.keySet());
		for (String language : languages) {
			String answer = blankToNull(answers.get(language));
			String title = blankToNull(titles.get(language));
			if (title != null) {
				Map<String, String> both = new LinkedHashMap<>();
				if (answer != null) {
					both.put("answer", answer);
				}
				both.put("title", title);
				translations.put(language.strip(), both);
			}
			else if (answer != null) {
				translations.put(language.strip(), answer);
			}
		}
		return translations;
	}

	/** The answers of stored translations, by language. */
	static Map<String, String> answers(Object stored) {
		return field(stored, "answer", true);
	}

	/** The titles of stored translations, by language. */
	static Map<String, String> titles(Object stored) {
		return field(stored, "title", false);
	}

	private static Map<String, String> field(Object stored, String name, boolean textIsIt) {
		Map<String, String> values = new LinkedHashMap<>();
		if (stored instanceof Map<?, ?> byLanguage) {
			byLanguage.forEach((language, translation) -> {
				Object value = translation instanceof Map<?, ?> fields ? fields.get(name)
						: textIsIt ? translation : null;
				if (value != null) {
					values.put(String.valueOf(language), String.valueOf(value));
				}
			});
		}
		return values;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
