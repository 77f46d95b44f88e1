package de.rathausbot.nlu;

import java.util.Set;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import org.springframework.stereotype.Component;

/**
 * Tells German from English questions, and recognises Ukrainian (Cyrillic), Arabic
 * (Arabic script) and Turkish (its question words and letters) so they can be answered in
 * their language. Short questions fool statistical detectors, so scripts and function
 * words decide first, and the OpenNLP detector settles the rest. Anything unclear is
 * German.
 */
@Component
public class LanguageDetector {

	private static final Set<String> ENGLISH = Set.of("the", "is", "are", "what", "when", "where", "how", "who", "can",
			"i", "my", "you", "your", "do", "does", "to", "of", "for", "please", "open", "opening", "city", "hall",
			"hello", "thanks", "thank", "much", "cost", "need", "want", "with", "get", "which", "there", "me", "hi",
			"town", "times", "hours", "book", "table", "appointment", "passport", "next", "and", "or", "it", "be",
			"have", "has", "will", "this", "that", "should", "would", "could", "many", "any", "if", "new", "old",
			"about", "from", "our", "we", "they", "on", "at", "a", "office", "pay", "price", "fee");

	private static final Set<String> GERMAN = Set.of("der", "die", "das", "ist", "wann", "wo", "wie", "was", "ich",
			"mein", "meine", "ein", "eine", "und", "hat", "haben", "kann", "bitte", "für", "mit", "den", "dem", "im",
			"am", "zum", "zur", "gibt", "es", "kostet", "brauche", "öffnungszeiten", "rathaus", "hallo", "danke", "wer",
			"welche", "mich", "mir", "bei", "auf", "von", "termin", "nicht", "sie", "du");

	/** Turkish words no German or English question has. */
	private static final Set<String> TURKISH = Set.of("ne", "nasıl", "nasil", "nerede", "nereye", "kaç", "için", "icin",
			"mı", "mi", "mu", "mü", "kadar", "hangi", "neden", "merhaba", "lütfen", "teşekkürler", "bir", "ve", "ile",
			"gerekiyor", "istiyorum", "açık", "ücret", "ücreti");

	private final LanguageModels models;

	LanguageDetector(LanguageModels models) {
		this.models = models;
	}

	private static final java.util.regex.Pattern TURKISH_LETTERS = java.util.regex.Pattern.compile("[ğışİĞŞ]");

	/** How sure OpenNLP's detector is that the text is in this language (ISO 639-3). */
	private double confidence(String text, String language) {
		for (Language guess : new LanguageDetectorME(this.models.languageModel()).predictLanguages(text)) {
			if (language.equals(guess.getLang())) {
				return guess.getConfidence();
			}
		}
		return 0;
	}

	/** "de", "en", "uk", "ar" or "tr". */
	public String detect(String text) {
		long letters = text.codePoints().filter(Character::isLetter).count();
		long cyrillic = text.codePoints()
			.filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC)
			.count();
		long arabic = text.codePoints()
			.filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
			.count();
		if (letters > 0 && cyrillic * 2 > letters) {
			return "uk";
		}
		if (letters > 0 && arabic * 2 > letters) {
			return "ar";
		}
		String[] words = text.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
		int english = 0;
		int german = 0;
		int turkish = 0;
		for (String word : words) {
			english += ENGLISH.contains(word) ? 1 : 0;
			german += GERMAN.contains(word) ? 1 : 0;
			turkish += TURKISH.contains(word) ? 1 : 0;
		}
		if (turkish > english && turkish > german) {
			return "tr";
		}
		if (english == 0 && german == 0 && TURKISH_LETTERS.matcher(text).find()
				&& confidence(text, "tur") > confidence(text, "deu")) {
			// Turkish letters alone do not decide: a German question may name "Ayşe"
			return "tr";
		}
		if (english != german) {
			return english > german ? "en" : "de";
		}
		if (text.matches(".*[äöüÄÖÜß].*")) {
			return "de";
		}
		double deu = 0;
		double eng = 0;
		double tur = 0;
		for (Language language : new LanguageDetectorME(this.models.languageModel()).predictLanguages(text)) {
			if ("deu".equals(language.getLang())) {
				deu = language.getConfidence();
			}
			else if ("eng".equals(language.getLang())) {
				eng = language.getConfidence();
			}
			else if ("tur".equals(language.getLang())) {
				tur = language.getConfidence();
			}
		}
		if (german == 0 && tur > deu * 2 && tur > eng * 2) {
			return "tr";
		}
		return eng > deu * 1.5 ? "en" : "de";
	}

}
