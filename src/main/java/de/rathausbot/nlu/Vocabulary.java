package de.rathausbot.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The words of the trained content (folded) and their stems. Unknown words of a question
 * are split into known compound parts ("personalausweisverlaengerung" → "personalausweis"
 * + "verlaengerung") or corrected to a known word one or two typos away.
 */
final class Vocabulary {

	private static final int MIN_PART = 4;

	/**
	 * A compound's only known part must be this long to be trusted ("stand" in
	 * "standesamt" is not).
	 */
	private static final int MIN_KNOWN_PART = 7;

	private static final String[] LINKING_ELEMENTS = { "", "s", "n", "en", "es", "e", "er" };

	private static final String[] INFLECTIONS = { "e", "en", "n", "s", "er", "es" };

	private final Set<String> words = new HashSet<>();

	private final Set<String> stems = new HashSet<>();

	private final Map<Integer, List<String>> wordsByLength = new HashMap<>();

	private final UnaryOperator<String> stemmer;

	Vocabulary(UnaryOperator<String> stemmer) {
		this.stemmer = stemmer;
	}

	void add(String foldedWord) {
		if (this.words.add(foldedWord)) {
			this.stems.add(this.stemmer.apply(foldedWord));
			this.wordsByLength.computeIfAbsent(foldedWord.length(), k -> new ArrayList<>()).add(foldedWord);
		}
	}

	boolean isEmpty() {
		return this.words.isEmpty();
	}

	boolean knowsStem(String stem) {
		return this.stems.contains(stem);
	}

	boolean knows(String word) {
		return this.words.contains(word) || this.stems.contains(this.stemmer.apply(word));
	}

	/**
	 * Splits an unknown compound into known parts ("personalausweis" + "verlaengerung");
	 * empty if it cannot.
	 */
	Optional<List<String>> split(String word) {
		List<String> full = splitFully(word, 0);
		return full != null && full.size() > 1 ? Optional.of(full) : Optional.empty();
	}

	/**
	 * A compound with one known part of at least seven letters and an unknown rest. In
	 * German the last part is the head: "personalausweis|antrag" is still about the
	 * Personalausweis (known modifier), while "bewohnerpark|ausweis" is another kind of
	 * Ausweis (known head, unknown modifier).
	 */
	Optional<PartlyKnown> partlyKnown(String word) {
		for (int cut = word.length() - MIN_PART; cut >= MIN_KNOWN_PART; cut--) {
			String modifier = exactModifier(word.substring(0, cut));
			if (modifier != null) {
				return Optional.of(new PartlyKnown(modifier, word.substring(cut), false));
			}
		}
		for (int cut = MIN_PART; cut <= word.length() - MIN_KNOWN_PART; cut++) {
			String tail = word.substring(cut);
			if (this.words.contains(tail)) {
				return Optional.of(new PartlyKnown(tail, word.substring(0, cut), true));
			}
		}
		return Optional.empty();
	}

	/**
	 * A known word of at least {@link #MIN_KNOWN_PART} letters, exactly, after removing a
	 * linking element.
	 */
	private String exactModifier(String head) {
		for (String link : LINKING_ELEMENTS) {
			String base = head.substring(0, head.length() - link.length());
			if (head.endsWith(link) && base.length() >= MIN_KNOWN_PART && this.words.contains(base)) {
				return base;
			}
		}
		return null;
	}

	/**
	 * @param knownIsHead whether the known part is the compound's head (its last part)
	 */
	record PartlyKnown(String known, String unknown, boolean knownIsHead) {
	}

	/**
	 * A known word, allowing a plural or inflection ending; exact rather than by stem,
	 * because stems of compound fragments collide too easily ("samt", "hall").
	 */
	private boolean knowsWord(String word) {
		if (this.words.contains(word)) {
			return true;
		}
		for (String ending : INFLECTIONS) {
			if (word.endsWith(ending) && word.length() - ending.length() >= MIN_PART
					&& this.words.contains(word.substring(0, word.length() - ending.length()))) {
				return true;
			}
			if (this.words.contains(word + ending)) {
				return true;
			}
		}
		return false;
	}

	private List<String> splitFully(String word, int depth) {
		if (knowsWord(word)) {
			return List.of(word);
		}
		if (depth > 3 || word.length() < 2 * MIN_PART) {
			return null;
		}
		for (int cut = word.length() - MIN_PART; cut >= MIN_PART; cut--) {
			String head = word.substring(0, cut);
			if (!knowsPart(head)) {
				continue;
			}
			List<String> rest = splitFully(word.substring(cut), depth + 1);
			if (rest != null) {
				List<String> parts = new ArrayList<>();
				parts.add(trimLinking(head));
				parts.addAll(rest);
				return parts;
			}
		}
		return null;
	}

	private boolean knowsPart(String head) {
		for (String link : LINKING_ELEMENTS) {
			if (head.endsWith(link) && head.length() - link.length() >= MIN_PART
					&& knowsWord(head.substring(0, head.length() - link.length()))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The modifier without its linking element ("fluechtlings" → "fluechtling"),
	 * preferring exact words.
	 */
	private String trimLinking(String head) {
		for (String link : LINKING_ELEMENTS) {
			String base = head.substring(0, head.length() - link.length());
			if (head.endsWith(link) && base.length() >= MIN_PART && this.words.contains(base)) {
				return base;
			}
		}
		for (String link : LINKING_ELEMENTS) {
			String base = head.substring(0, head.length() - link.length());
			if (head.endsWith(link) && base.length() >= MIN_PART && knowsWord(base)) {
				return base;
			}
		}
		return head;
	}

	/** The known word closest to an unknown one, within one typo (two for long words). */
	Optional<String> correct(String word) {
		if (word.length() < 6 || word.chars().anyMatch(Character::isDigit)) {
			return Optional.empty();
		}
		int maxDistance = word.length() >= 9 ? 2 : 1;
		String best = null;
		int bestDistance = maxDistance + 1;
		for (int len = word.length() - maxDistance; len <= word.length() + maxDistance; len++) {
			for (String candidate : this.wordsByLength.getOrDefault(len, List.of())) {
				int distance = EditDistance.damerauLevenshtein(word, candidate, maxDistance);
				if (distance < bestDistance) {
					bestDistance = distance;
					best = candidate;
				}
			}
		}
		return Optional.ofNullable(best);
	}

}
