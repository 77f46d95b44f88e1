package de.rathausbot.nlu;

import java.util.Set;

/**
 * Function words that carry no topic, in folded form. Question words that tell what is
 * asked ("wann", "wo", "wer") are kept: they separate "when is it open" from "where is
 * it".
 */
final class StopWords {

	private static final Set<String> WORDS = Set.copyOf(java.util.Arrays.asList(
			// German
			"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "und", "oder",
			"aber", "ich", "du", "er", "sie", "es", "wir", "ihr", "mich", "mir", "dich", "dir", "uns", "euch", "sich",
			"mein", "meine", "meinen", "meinem", "meiner", "dein", "deine", "ihre", "ihren", "sein", "seine", "ist",
			"sind", "bin", "bist", "war", "waren", "wird", "werden", "wurde", "hat", "habe", "haben", "hast", "kann",
			"koennen", "kannst", "koennte", "muss", "muessen", "musst", "soll", "sollte", "will", "moechte", "moechten",
			"wuerde", "gerne", "gern", "bitte", "mal", "denn", "doch", "ja", "nein", "nicht", "noch", "schon", "auch",
			"nur", "so", "zu", "zum", "zur", "im", "in", "am", "an", "auf", "aus", "bei", "beim", "mit", "von", "vom",
			"fuer", "ueber", "um", "als", "wie", "was", "welche", "welcher", "welches", "man", "da", "dass", "wenn",
			"hier", "dort", "dieser", "diese", "dieses", "etwas", "eigentlich", "gibt", "geben", "es", "sowie", "mache",
			"machen", "tun", "gerade", "eben", "jemand", "einmal", "lieber", "ganz", "vielleicht", "einfach", "genau",
			"sonst", "irgendwie", "mal",
			// prepositions and ages say for whom or when, not what ("Reisepass für unter
			// 24-Jährige")
			"unter", "ab", "bis", "nach", "vor", "seit", "ohne", "gegen", "durch", "jahre", "jahren", "jaehrige",
			"jaehrigen", "jaehriger", "alt", "jahr",
			// English
			"the", "a", "an", "is", "are", "was", "be", "do", "does", "did", "i", "you", "me", "my", "your", "we", "it",
			"of", "to", "for", "in", "on", "at", "and", "or", "can", "could", "would", "please", "what", "how", "which",
			"this", "that", "there", "have", "has", "with", "much", "many", "some", "any", "if", "will", "should",
			"from", "about", "our", "they", "them", "he", "she", "his", "her", "its", "by", "as", "so", "just", "also",
			"im", "not", "new",
			// ages and years say for whom, not what ("a passport for my 16 year old")
			"year", "years", "old", "aged",
			// Turkish, Ukrainian and Arabic function words, for questions matched through
			// the content's translations
			"ne", "nasil", "nasıl", "nerede", "icin", "için", "mi", "mı", "mu", "mue", "bir", "ve", "ile", "bu", "ben",
			"benim", "kadar", "як", "де", "що", "скільки", "чи", "я", "мені", "мій", "моя", "для", "в", "у", "на", "і",
			"та", "з", "до", "كم", "ما", "ماذا", "أين", "متى", "كيف", "هل", "في", "من", "على", "إلى", "أنا", "لي"));

	private StopWords() {
	}

	static boolean contains(String foldedWord) {
		return WORDS.contains(foldedWord);
	}

}
