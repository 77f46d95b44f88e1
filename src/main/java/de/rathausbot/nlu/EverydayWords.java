package de.rathausbot.nlu;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import de.rathausbot.content.YamlNode;

/**
 * Everyday words and the administration's words for the same thing ("Nummernschild" →
 * "Kennzeichen", "Fahrzeugbrief" → "Zulassungsbescheinigung Teil II", "geklaut" →
 * "Diebstahl"): no thesaurus knows these pairs. A question's everyday word or phrase
 * gains the administrative words as alternatives; the word itself stays. Phrases of up to
 * four words are matched by their stems in any order, so inflected forms match too.
 */
final class EverydayWords {

	static final int MAX_PHRASE = 4;

	/**
	 * Stems of an everyday phrase, joined by spaces → the folded words of its targets.
	 */
	private final Map<String, List<List<String>>> byPhrase = new HashMap<>();

	private final int size;

	/**
	 * @param entries everyday word or phrase → administrative words or phrases; an entry
	 * with no targets switches off the same entry of a list read earlier
	 * @param stemmer stems a folded word
	 */
	EverydayWords(Map<String, List<String>> entries, UnaryOperator<String> stemmer) {
		entries.forEach((everyday, targets) -> {
			String key = key(GermanFolding.words(everyday), stemmer);
			if (targets.isEmpty()) {
				this.byPhrase.remove(key);
			}
			else {
				this.byPhrase.put(key, targets.stream().map(GermanFolding::words).toList());
			}
		});
		this.size = this.byPhrase.size();
	}

	/** The entries of a YAML text with the key {@code everyday:}, in file order. */
	static Map<String, List<String>> parse(String file, String yaml) {
		YamlNode root = YamlNode.parse(file, yaml);
		root.checkKeys(java.util.Set.of("everyday"));
		Map<String, List<String>> entries = new LinkedHashMap<>();
		root.get("everyday").ifPresent(node -> {
			for (String everyday : node.keys()) {
				List<String> targets = node.texts(everyday);
				if (GermanFolding.words(everyday).size() > MAX_PHRASE) {
					throw node.require(everyday)
						.error("'" + everyday + "' has more than " + MAX_PHRASE + " words; write a shorter phrase");
				}
				entries.put(everyday, targets);
			}
		});
		return entries;
	}

	private static String key(List<String> foldedWords, UnaryOperator<String> stemmer) {
		List<String> stems = new ArrayList<>(foldedWords.size());
		foldedWords.forEach(w -> stems.add(stemmer.apply(w)));
		return key(stems);
	}

	/**
	 * The stems in order: a joined separable verb stands where the verb stood ("melde …
	 * Auto an" reads "anmelden Auto"), so a phrase matches in any order.
	 */
	private static String key(List<String> stems) {
		return String.join(" ", stems.stream().sorted().toList());
	}

	/**
	 * The targets of an everyday phrase given by its stems (one stem for a single word),
	 * or an empty list.
	 */
	List<List<String>> targets(List<String> stems) {
		return this.byPhrase.getOrDefault(key(stems), List.of());
	}

	int size() {
		return this.size;
	}

}
