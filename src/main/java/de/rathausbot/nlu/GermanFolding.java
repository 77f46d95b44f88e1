package de.rathausbot.nlu;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Lower-cases and folds umlauts and ß to their transliterations, so "Bürgerbüro",
 * "Buergerbuero" and "BÜRGERBÜRO" become the same word. Other accents are dropped ("café"
 * → "cafe").
 */
public final class GermanFolding {

	private GermanFolding() {
	}

	public static String fold(String text) {
		String lower = text.toLowerCase(Locale.GERMAN);
		StringBuilder out = new StringBuilder(lower.length() + 8);
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			switch (c) {
				case 'ä' -> out.append("ae");
				case 'ö' -> out.append("oe");
				case 'ü' -> out.append("ue");
				case 'ß' -> out.append("ss");
				case 'á', 'à', 'â' -> out.append('a');
				case 'é', 'è', 'ê' -> out.append('e');
				case 'í', 'ì', 'î' -> out.append('i');
				case 'ó', 'ò', 'ô' -> out.append('o');
				case 'ú', 'ù', 'û' -> out.append('u');
				case '’', '‘' -> out.append('\'');
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	public static boolean isWord(String token) {
		for (int i = 0; i < token.length(); i++) {
			if (Character.isLetterOrDigit(token.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The words of a text as written (not folded), split like {@link #words(String)}.
	 */
	public static List<String> written(String text) {
		List<String> words = Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(s -> !s.isEmpty()).toList();
		return words.isEmpty() ? List.of(text) : words;
	}

	/** The folded words of a text, split at anything that is not a letter or digit. */
	public static List<String> words(String text) {
		return Arrays.stream(fold(text).split("[^\\p{L}\\p{N}]+")).filter(s -> !s.isEmpty()).toList();
	}

}
