package de.rathausbot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import de.rathausbot.nlu.GermanFolding;

/**
 * Asks which of several choices was meant, as a clerk would: when they are one family
 * ("Reisepass", "Vorläufiger Reisepass", "Verlust oder Diebstahl Reisepass") with one
 * short question about that family; otherwise "Meinten Sie … oder …?". The choices are
 * offered as quick replies, each title once.
 */
final class Clarification {

	/** Words shorter than this are no family name ("EU", "für"). */
	private static final int MIN_FAMILY_WORD = 4;

	/**
	 * @param question what the citizen asked: the family is named only when the question
	 * names it ("Reisepass verloren" → "beim Thema Reisepass"), not when the choices
	 * merely share a word the citizen did not use
	 */
	Answer ask(List<Choice> options, String question, String language, UnaryOperator<String> localTitles) {
		List<String> titles = options.stream().map(Choice::title).map(localTitles).distinct().toList();
		AnswerTexts texts = AnswerTexts.in(language);
		String text;
		String family = options.size() > 1 ? family(titles) : null;
		if (family != null && !mentions(question, family)) {
			family = null;
		}
		if (family != null) {
			text = texts.get("clarify.family", family);
		}
		else {
			// "Meinen Sie **Wer bist du?**?": a title's own question mark is dropped
			List<String> bold = titles.stream().map(t -> "**" + t.replaceAll("[?!.]+$", "") + "**").toList();
			String or = " " + texts.get("clarify.or") + " ";
			String listed = bold.size() == 1 ? bold.get(0)
					: String.join(", ", bold.subList(0, bold.size() - 1)) + or + bold.get(bold.size() - 1);
			text = texts.get(bold.size() == 1 ? "clarify.one" : "clarify.several", listed);
		}
		return new Answer(text, Outcome.CLARIFIED, options.get(0).label(), options.get(0).confidence(), language,
				titles, List.of(), List.of(), options.stream().map(Choice::label).toList());
	}

	/**
	 * The word every title has (as written in the first title), the longest if several;
	 * null when the titles share none. "Führerscheins" counts as "Führerschein".
	 */
	static String family(List<String> titles) {
		String best = null;
		for (String word : written(titles.get(0))) {
			String folded = GermanFolding.fold(word);
			if (folded.length() < MIN_FAMILY_WORD) {
				continue;
			}
			boolean shared = titles.stream()
				.skip(1)
				.allMatch(t -> GermanFolding.words(t).stream().anyMatch(w -> sameWord(w, folded)));
			if (shared && (best == null || word.length() > best.length())) {
				best = word;
			}
		}
		return best;
	}

	/** Whether a word of the question is the family word, or has it in it. */
	private static boolean mentions(String question, String family) {
		String folded = GermanFolding.fold(family);
		String stem = folded.substring(0, Math.min(folded.length(), MIN_FAMILY_WORD + 1));
		return GermanFolding.words(question)
			.stream()
			.anyMatch(w -> w.contains(stem) || folded.contains(w) && w.length() >= MIN_FAMILY_WORD);
	}

	/** The same word, or the same word with an inflection or as a compound's head. */
	private static boolean sameWord(String candidate, String word) {
		return candidate.equals(word) || candidate.startsWith(word) && candidate.length() - word.length() <= 2
				|| candidate.endsWith(word) && candidate.length() > word.length() + 3;
	}

	private static List<String> written(String title) {
		List<String> words = new ArrayList<>();
		for (String word : title.split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
				words.add(word);
			}
		}
		return words;
	}

}
