package de.rathausbot.dialogue.answers;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.Locale;

import de.rathausbot.dialogue.AnswerTexts;
import de.rathausbot.dialogue.time.TimeQuery;

/**
 * The time a question asked about, said in the answer's language: German repeats the
 * words the question was understood with ("am Montag (30.11.2026)"); other languages say
 * the dates ("on Monday, 30 Nov 2026", "in June 2027").
 */
final class Occasions {

	private Occasions() {
	}

	static String when(TimeQuery query, ZonedDateTime now, AnswerTexts t) {
		if (t.german()) {
			return query.spoken();
		}
		LocalDate today = now.toLocalDate();
		LocalDate from = query.from();
		if (query.kind() != TimeQuery.Kind.RANGE || from.equals(query.to())) {
			return from.equals(today) ? t.get("when.today", t.weekdayAndDate(from)) : from.equals(today.plusDays(1))
					? t.get("when.tomorrow", t.weekdayAndDate(from)) : t.get("when.day", t.weekdayAndDate(from));
		}
		if (from.getDayOfMonth() == 1 && query.to().equals(from.withDayOfMonth(from.lengthOfMonth()))) {
			return t.get("when.month",
					from.getMonth().getDisplayName(TextStyle.FULL, Locale.forLanguageTag(t.language())) + " "
							+ from.getYear());
		}
		return t.get("when.range", t.weekdayAndDate(from), t.weekdayAndDate(query.to()));
	}

	/**
	 * "vormittags", "in the morning"; a clock time ("um 17 Uhr") in the answer's hours.
	 */
	static String partOfDay(TimeQuery.PartOfDay part, AnswerTexts t) {
		if (t.german()) {
			return part.name();
		}
		if (part.end() - part.start() == 1) {
			return t.get("when.at", t.clock(part.start()));
		}
		return t.get("part." + part.name());
	}

}
