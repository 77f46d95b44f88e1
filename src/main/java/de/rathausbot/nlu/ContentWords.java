package de.rathausbot.nlu;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of the content that shape matching besides its examples.
 *
 * @param synonyms canonical word → colloquial variants (staff synonyms: the variant is
 * replaced by the canonical word)
 * @param everyday the staff's everyday words → the administration's words, added to the
 * shipped list (an empty list switches a shipped entry off)
 * @param neutral words that never decide a topic: time words the dialogue handles itself,
 * the municipality's own name
 */
public record ContentWords(Map<String, List<String>> synonyms, Map<String, List<String>> everyday,
		Set<String> neutral) {

	public ContentWords {
		synonyms = Map.copyOf(synonyms);
		everyday = Map.copyOf(everyday);
		neutral = Set.copyOf(neutral);
	}

	/** Synonyms and neutral words, no everyday words of the staff's own. */
	public ContentWords(Map<String, List<String>> synonyms, Set<String> neutral) {
		this(synonyms, Map.of(), neutral);
	}

	/** Nothing but the examples. */
	public static final ContentWords NONE = new ContentWords(Map.of(), Map.of(), Set.of());

}
