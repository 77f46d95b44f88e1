package de.rathausbot.dialogue.time;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** German and English names of weekdays and months, and the words that only say when. */
public final class TimeWords {

	static final String[] WEEKDAYS = { "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag",
			"sonntag" };

	static final String[] WEEKDAYS_EN = { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
			"sunday" };

	static final String[] MONTHS = { "januar", "februar", "maerz", "april", "mai", "juni", "juli", "august",
			"september", "oktober", "november", "dezember" };

	static final String[] MONTHS_EN = { "january", "february", "march", "april", "may", "june", "july", "august",
			"september", "october", "november", "december" };

	private TimeWords() {
	}

	/**
	 * Words that only say when, never what: the matcher ignores them, so "Hat das Rathaus
	 * an Heilige Drei Könige offen?" is matched like "Hat das Rathaus offen?".
	 */
	public static Set<String> neutral() {
		Set<String> words = new HashSet<>(List.of("heute", "morgen", "uebermorgen", "gestern", "jetzt", "gerade",
				"aktuell", "momentan", "zurzeit", "vormittag", "vormittags", "nachmittag", "nachmittags", "abend",
				"abends", "mittag", "mittags", "morgens", "frueh", "wochenende", "woche", "naechste", "naechsten",
				"kommende", "kommenden", "diese", "heilige", "heiligen", "drei", "koenige", "koenig", "dreikoenig",
				"weihnachten", "weihnachtsfeiertag", "heiligabend", "silvester", "neujahr", "himmelfahrt", "christi",
				"karfreitag", "ostern", "ostermontag", "pfingsten", "pfingstmontag", "fronleichnam", "allerheiligen",
				"today", "tomorrow", "now", "tonight", "weekend", "week", "morning", "afternoon", "evening",
				"christmas", "eve", "easter", "whit", "ascension", "boxing", "day", "days", "next", "this"));
		words.addAll(List.of(WEEKDAYS));
		words.addAll(List.of(WEEKDAYS_EN));
		words.addAll(List.of(MONTHS));
		words.addAll(List.of(MONTHS_EN));
		for (String day : WEEKDAYS) {
			words.add(day + "s");
		}
		return words;
	}

}
