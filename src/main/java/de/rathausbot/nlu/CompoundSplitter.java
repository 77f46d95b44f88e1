package de.rathausbot.nlu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.danielnaber.jwordsplitter.GermanWordSplitter;

/**
 * Splits German compounds with the lexicon of jwordsplitter (Apache 2.0):
 * "Fahrzeuganmeldung" → "Fahrzeug" + "anmeldung", "Kirchenaustritt" → "Kirchen" +
 * "austritt". Parts keep their linking element ("Kirchen"); the stemmer removes it.
 * Splitting costs a fraction of a millisecond, and a city's words repeat: results are
 * remembered (cleared when full).
 */
final class CompoundSplitter {

	/** Shorter words are not compounds worth splitting. */
	private static final int MIN_LENGTH = 8;

	private static final int MAX_REMEMBERED = 50_000;

	private final GermanWordSplitter splitter;

	private final Map<String, List<String>> remembered = new ConcurrentHashMap<>();

	private CompoundSplitter(GermanWordSplitter splitter) {
		this.splitter = splitter;
	}

	static CompoundSplitter load() {
		try {
			GermanWordSplitter splitter = new GermanWordSplitter(true);
			splitter.setStrictMode(true);
			return new CompoundSplitter(splitter);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot load the compound lexicon", ex);
		}
	}

	/**
	 * The folded parts of a word as written (with umlauts), or an empty list when it is
	 * not a compound the lexicon can split.
	 */
	List<String> parts(String written) {
		if (written.length() < MIN_LENGTH || !written.chars().allMatch(Character::isLetter)) {
			return List.of();
		}
		List<String> known = this.remembered.get(written);
		if (known != null) {
			return known;
		}
		List<String> parts;
		synchronized (this.splitter) {
			parts = this.splitter.splitWord(written);
		}
		List<String> folded = new ArrayList<>(parts.size());
		parts.forEach(p -> folded.add(GermanFolding.fold(p)));
		List<String> result = folded.size() > 1 ? List.copyOf(folded) : List.of();
		if (this.remembered.size() >= MAX_REMEMBERED) {
			this.remembered.clear();
		}
		this.remembered.put(written, result);
		return result;
	}

}
