package de.rathausbot.intents;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One thing citizens ask about.
 *
 * @param id stable kebab-case id, unique across all files
 * @param title shown to staff and as quick-reply label
 * @param examples what citizens type
 * @param answer reply text in the Markdown subset; may be empty when {@code knowledge}
 * builds the answer
 * @param translations answer texts in other languages, by ISO 639-1 code, and in Leichte
 * Sprache ({@value #LEICHTE_SPRACHE}, from the file's {@code leichteSprache:})
 * @param knowledge optional reference to a knowledge item ({@code service:...},
 * {@code contact:...}, {@code event:...}) that the answer is built from
 * @param quickReplies follow-up suggestions
 * @param source file and line the intent was read from
 * @param titles the title in other languages, by ISO 639-1 code (quick replies that name
 * the intent are said with it)
 */
public record Intent(String id, String title, List<String> examples, String answer, Map<String, String> translations,
		Optional<String> knowledge, List<String> quickReplies, String source, Map<String, String> titles) {

	public Intent {
		examples = List.copyOf(examples);
		translations = Map.copyOf(translations);
		quickReplies = List.copyOf(quickReplies);
		titles = Map.copyOf(titles);
	}

	/** The language tag of Leichte Sprache (plain German by its rules). */
	public static final String LEICHTE_SPRACHE = "de-x-ls";

	/** The answer in the given language, falling back to the German text. */
	public String answerIn(String language) {
		return this.translations.getOrDefault(language, this.answer);
	}

}
