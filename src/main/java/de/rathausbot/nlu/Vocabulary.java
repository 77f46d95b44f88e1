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
 * The words of the trained content (folded) and their stems. Unknown words of a question are split into
 * known compound parts ("personalausweisverlaengerung" → "personalausweis" + "verlaengerung") or corrected
 * to a known word one or two typos away.
 */
final class Vocabulary {

	private static final int MIN_PART = 4;

	private static final String[] LINKING_ELEMENTS = { "", "s", "n", "en", "es", "e", "er" };

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
	 * Splits an unknown compound into known parts ("personalausweis" + "verlaengerung"); empty if it cannot.
	 */
	Optional<List<String>> split(String word) {
		List<String> full = splitFully(word, 0);
		return full != null && full.size() > 1 ? Optional.of(full) : Optional.empty();
	}

	/**
	 * The known part of a compound whose other part is unknown: a known part of at least five letters at
	 * the start or end ("bewohnerparkausweis" → "ausweis"). The known part still hints at the topic, the
	 * unknown one at something the content does not cover.
	 */
	Optional<String> knownPart(String word) {
		for (int cut = word.length() - MIN_PART; cut >= 5; cut--) {
			String head = word.substring(0, cut);
			if (knowsPart(head)) {
				return Optional.of(trimLinking(head));
			}
		}
		for (int cut = MIN_PART; cut <= word.length() - 5; cut++) {
			String tail = word.substring(cut);
			if (knows(tail)) {
				return Optional.of(tail);
			}
		}
		return Optional.empty();
	}

	private List<String> splitFully(String word, int depth) {
		if (knows(word)) {
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
					&& knows(head.substring(0, head.length() - link.length()))) {
				return true;
			}
		}
		return false;
	}

	private String trimLinking(String head) {
		for (String link : LINKING_ELEMENTS) {
			String base = head.substring(0, head.length() - link.length());
			if (head.endsWith(link) && base.length() >= MIN_PART && knows(base)) {
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
