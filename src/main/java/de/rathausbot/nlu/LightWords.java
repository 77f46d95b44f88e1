package de.rathausbot.nlu;

import java.util.Set;

/**
 * Words that carry little of what a question is about but are not function words: the
 * verbs of asking and needing ("brauchen", "bekommen", "gehen"), adverbs of time and
 * place ("jetzt", "irgendwo"), pronouns. They still count for a little (in folded lemma
 * form): "Wo muss ich mich melden?" is about "melden".
 */
final class LightWords {

	private static final Set<String> WORDS = Set.of(
			// verbs of asking, needing, getting, doing
			"brauchen", "bekommen", "kriegen", "gehen", "kommen", "machen", "tun", "wollen", "muessen", "koennen",
			"duerfen", "sollen", "moegen", "lassen", "sagen", "wissen", "geben", "nehmen", "haben", "sein", "werden",
			"bitten", "helfen", "erklaeren", "fragen", "suchen", "laufen", "stehen", "reichen", "klappen",
			"funktionieren", "passieren", "gelten", "benoetigen", "erhalten", "erledigen",
			// adverbs and particles
			"jetzt", "dann", "damit", "dafuer", "dazu", "darauf", "drauf", "dagegen", "mehr", "wieder", "immer", "nun",
			"grad", "gerade", "irgendwo", "irgendwie", "ueberhaupt", "ungefaehr", "eigentlich", "endlich", "trotzdem",
			"schnell", "sofort", "bald", "heute", "morgen", "gestern", "neulich", "leider", "dringend", "extra",
			"nebenbei", "zusammen", "allein", "alle", "alles", "viel", "viele", "wenig", "ganz", "halt", "echt",
			"genau", "moeglich", "richtig", "wichtig",
			// pronouns and question words
			"uns", "unser", "unsere", "unseren", "unserem", "euer", "jemand", "jemandem", "jemanden", "irgendjemand",
			"wer", "wen", "wem", "wo", "wohin", "woher", "wann", "warum", "wieso", "weshalb", "ob", "dies", "jede",
			"jeder", "jedes", "nichts", "selbst", "selber",
			// English
			"get", "need", "want", "got", "now", "here", "still", "there");

	private LightWords() {
	}

	static boolean contains(String foldedWord) {
		return WORDS.contains(foldedWord);
	}

}
