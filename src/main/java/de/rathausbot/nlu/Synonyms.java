package de.rathausbot.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The staff-editable synonyms: colloquial or other variants ("Perso", "id card") replaced
 * by the word the content uses ("Personalausweis"), also for phrases of up to four words.
 */
final class Synonyms {

	private static final int MAX_PHRASE = 4;

	/** Folded variant phrase → folded canonical words. */
	private final Map<String, List<String>> byVariant = new HashMap<>();

	private final Set<String> words = new HashSet<>();

	/**
	 * @param synonyms canonical word or phrase → its variants
	 */
	Synonyms(Map<String, List<String>> synonyms) {
		synonyms.forEach((canonical, variants) -> {
			List<String> target = GermanFolding.words(canonical);
			this.words.addAll(target);
			for (String variant : variants) {
				List<String> variantWords = GermanFolding.words(variant);
				this.byVariant.put(String.join(" ", variantWords), target);
				this.words.addAll(variantWords);
			}
		});
	}

	/** Every folded word of the canonical forms and the variants. */
	Set<String> words() {
		return this.words;
	}

	/**
	 * The canonical word for a single word (a compound part: "fluechtling" →
	 * "gefluechtete"), or the word itself.
	 */
	String ofWord(String foldedWord) {
		List<String> canonical = this.byVariant.get(foldedWord);
		return canonical != null && canonical.size() == 1 ? canonical.get(0) : foldedWord;
	}

	/**
	 * The words with every variant phrase replaced by its canonical words, longest first.
	 */
	List<Word> apply(List<Word> words) {
		if (this.byVariant.isEmpty()) {
			return words;
		}
		List<Word> out = new ArrayList<>(words.size());
		int i = 0;
		while (i < words.size()) {
			int matched = 0;
			for (int length = Math.min(MAX_PHRASE, words.size() - i); length >= 1 && matched == 0; length--) {
				List<String> phrase = words.subList(i, i + length).stream().map(Word::surface).toList();
				List<String> canonical = this.byVariant.get(String.join(" ", phrase));
				if (canonical == null && length == 1) {
					canonical = this.byVariant.get(words.get(i).lemma());
				}
				if (canonical != null) {
					canonical.forEach(c -> out.add(new Word(c, c, "X")));
					matched = length;
				}
			}
			if (matched == 0) {
				out.add(words.get(i));
				matched = 1;
			}
			i += matched;
		}
		return out;
	}

}
