package de.rathausbot.nlu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * OpenThesaurus (LGPL 2.1, www.openthesaurus.de): sets of German words that mean the same
 * in one sense ("Auto; Pkw; Wagen; Automobil"). A word is in one set per sense; the
 * matcher uses the other members as weak alternatives and only where the content uses
 * them. Vulgar and derogatory members are dropped, as are sets so large that they are
 * vague, and fragments ("auto...").
 */
final class Thesaurus {

	/** Larger sets are loose associations rather than synonyms. */
	static final int MAX_SET_SIZE = 20;

	/** Phrases longer than this are paraphrases, not words ("in den Stand der Ehe …"). */
	private static final int MAX_WORDS = 3;

	private static final Pattern NOTE = Pattern.compile("\\([^)]*\\)");

	private static final Pattern DROPPED = Pattern.compile("\\((?:[^)]*,\\s*)?(?:derb|vulg\\.|abwertend)[^)]*\\)");

	static final Thesaurus EMPTY = new Thesaurus(List.of());

	/** The sets, each as folded members (a member is a phrase of one to three words). */
	private final List<List<String>> sets;

	/** Folded single word → the sets it is in. */
	private final Map<String, List<Integer>> setsOf = new HashMap<>();

	Thesaurus(List<List<String>> sets) {
		this.sets = sets;
		for (int i = 0; i < sets.size(); i++) {
			for (String member : sets.get(i)) {
				if (!member.contains(" ")) {
					this.setsOf.computeIfAbsent(member, k -> new ArrayList<>(2)).add(i);
				}
			}
		}
	}

	/** Reads the OpenThesaurus text format ({@code word;word;…} per line, gzipped). */
	static Thesaurus read(InputStream gzipped) {
		List<List<String>> sets = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new GZIPInputStream(gzipped), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.startsWith("#") || line.isBlank()) {
					continue;
				}
				List<String> members = members(line);
				if (members.size() > 1 && members.size() <= MAX_SET_SIZE) {
					sets.add(members);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the thesaurus", ex);
		}
		return new Thesaurus(sets);
	}

	private static List<String> members(String line) {
		Set<String> members = new LinkedHashSet<>();
		for (String raw : line.split(";")) {
			if (raw.contains("...") || DROPPED.matcher(raw).find()) {
				continue;
			}
			List<String> words = GermanFolding.words(NOTE.matcher(raw).replaceAll(" "));
			if (!words.isEmpty() && words.size() <= MAX_WORDS) {
				members.add(String.join(" ", words));
			}
		}
		return List.copyOf(members);
	}

	/**
	 * The other members of every set a folded word is in, each as its folded words.
	 */
	List<List<String>> synonyms(String foldedWord) {
		List<Integer> ids = this.setsOf.get(foldedWord);
		if (ids == null) {
			return List.of();
		}
		Set<String> seen = new LinkedHashSet<>();
		for (int id : ids) {
			for (String member : this.sets.get(id)) {
				if (!member.equals(foldedWord)) {
					seen.add(member);
				}
			}
		}
		return seen.stream().map(m -> List.of(m.split(" "))).toList();
	}

	int size() {
		return this.sets.size();
	}

}
