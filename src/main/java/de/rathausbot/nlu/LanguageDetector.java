package de.rathausbot.nlu;

import java.util.Set;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.springframework.stereotype.Component;

/**
 * Tells German from English questions. Short questions fool statistical detectors, so
 * function words decide first, and the OpenNLP detector (German vs. English only) settles
 * the rest. Anything unclear is German.
 */
@Component
public class LanguageDetector {

	private static final Set<String> ENGLISH = Set.of("the", "is", "are", "what", "when", "where", "how", "who", "can",
			"i", "my", "you", "your", "do", "does", "to", "of", "for", "please", "open", "opening", "city", "hall",
			"hello", "thanks", "thank", "much", "cost", "need", "want", "with", "get", "which", "there", "me", "hi",
			"town", "times", "hours", "book", "table", "appointment", "passport");

	private static final Set<String> GERMAN = Set.of("der", "die", "das", "ist", "wann", "wo", "wie", "was", "ich",
			"mein", "meine", "ein", "eine", "und", "hat", "haben", "kann", "bitte", "für", "mit", "den", "dem", "im",
			"am", "zum", "zur", "gibt", "es", "kostet", "brauche", "öffnungszeiten", "rathaus", "hallo", "danke", "wer",
			"welche", "mich", "mir", "bei", "auf", "von", "termin", "nicht", "sie", "du");

	private final LanguageModels models;

	LanguageDetector(LanguageModels models) {
		this.models = models;
	}

	/** "de" or "en". */
	public String detect(String text) {
		String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
		int english = 0;
		int german = 0;
		for (String word : words) {
			english += ENGLISH.contains(word) ? 1 : 0;
			german += GERMAN.contains(word) ? 1 : 0;
		}
		if (english != german) {
			return english > german ? "en" : "de";
		}
		if (text.matches(".*[äöüÄÖÜß].*")) {
			return "de";
		}
		double deu = 0;
		double eng = 0;
		for (Language language : new LanguageDetectorME(this.models.languageModel()).predictLanguages(text)) {
			if ("deu".equals(language.getLang())) {
				deu = language.getConfidence();
			}
			else if ("eng".equals(language.getLang())) {
				eng = language.getConfidence();
			}
		}
		return eng > deu * 1.5 ? "en" : "de";
	}

}
