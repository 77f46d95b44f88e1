package de.rathausbot.dialogue.time;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.rathausbot.knowledge.TimeRange;

/** Parts of a day in a question: "vormittags", "am Abend", "um 17 Uhr". */
final class PartsOfDay {

	private static final List<TimeQuery.PartOfDay> PARTS = List.of(
			new TimeQuery.PartOfDay("vormittags", 6 * 60, 12 * 60),
			new TimeQuery.PartOfDay("nachmittags", 12 * 60, 18 * 60),
			new TimeQuery.PartOfDay("abends", 18 * 60, 23 * 60), new TimeQuery.PartOfDay("mittags", 11 * 60, 14 * 60));

	private static final Pattern PART = Pattern
		.compile("(vormittag|nachmittag|abend|mittag|morning|afternoon|evening)");

	private static final Pattern CLOCK = Pattern.compile("\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*uhr\\b");

	private PartsOfDay() {
	}

	static boolean namesAClockTime(String text) {
		return CLOCK.matcher(text).find();
	}

	/**
	 * A clock time ("um 17 Uhr", "14:30 Uhr") as a one-minute part, else a part of the
	 * day.
	 */
	static Optional<TimeQuery.PartOfDay> in(String text) {
		Matcher clock = CLOCK.matcher(text);
		if (clock.find()) {
			int hour = Integer.parseInt(clock.group(1));
			int minute = clock.group(2) != null ? Integer.parseInt(clock.group(2)) : 0;
			if (hour <= 23 && minute <= 59) {
				int start = hour * 60 + minute;
				return Optional.of(new TimeQuery.PartOfDay("um " + TimeRange.spoken(start) + " Uhr", start, start + 1));
			}
		}
		Matcher m = PART.matcher(text);
		if (!m.find()) {
			return Optional.empty();
		}
		String word = switch (m.group(1)) {
			case "morning" -> "vormittag";
			case "afternoon" -> "nachmittag";
			case "evening" -> "abend";
			default -> m.group(1);
		};
		return PARTS.stream().filter(p -> p.name().startsWith(word)).findFirst();
	}

}
