package de.rathausbot.dialogue.answers;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

import de.rathausbot.dialogue.AnswerTexts;
import de.rathausbot.knowledge.Event;
import de.rathausbot.knowledge.Recurrence.PositionedDay;
import de.rathausbot.knowledge.Recurrence;

/**
 * A series' rule in words: "jeden Dienstag und Samstag", "jeden ersten Montag im Monat",
 * "alle zwei Wochen am Mittwoch"; "every Tuesday and Saturday" in English. Rules beyond
 * these patterns are "regelmäßig".
 */
final class RecurrenceWords {

	private RecurrenceWords() {
	}

	static String spoken(Event event) {
		return spoken(event, AnswerTexts.GERMAN);
	}

	static String spoken(Event event, AnswerTexts t) {
		if (event.recurrence().isEmpty()) {
			return "";
		}
		Rule rule = rule(event, t);
		String months = event.recurrence().get().parts().getOrDefault("BYMONTH", "");
		return months.isEmpty() || rule.yearly() ? rule.words() : rule.words() + " " + months(months, t);
	}

	/** The rule in words, and whether it already says the time of year. */
	private record Rule(String words, boolean yearly) {

		static Rule of(String words) {
			return new Rule(words, false);
		}

	}

	/** "von April bis Oktober", "im Juni und Juli". */
	private static String months(String byMonth, AnswerTexts t) {
		List<Integer> numbers = java.util.Arrays.stream(byMonth.split(",")).map(Integer::parseInt).sorted().toList();
		boolean contiguous = numbers.get(numbers.size() - 1) - numbers.get(0) == numbers.size() - 1;
		if (contiguous && numbers.size() > 2) {
			return t.get("recur.monthsRange", month(numbers.get(0), t), month(numbers.get(numbers.size() - 1), t));
		}
		return t.get("recur.monthsIn", t.list(numbers.stream().map(n -> month(n, t)).toList()));
	}

	private static String month(int number, AnswerTexts t) {
		return java.time.Month.of(number)
			.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.forLanguageTag(t.language()));
	}

	private static Rule rule(Event event, AnswerTexts t) {
		Recurrence recurrence = event.recurrence().get();
		Map<String, String> parts = recurrence.parts();
		int interval = Integer.parseInt(parts.getOrDefault("INTERVAL", "1"));
		List<PositionedDay> days = recurrence.days();
		List<DayOfWeek> weekdays = days.isEmpty() ? List.of(event.start().getDayOfWeek())
				: days.stream().map(PositionedDay::day).toList();
		String every = interval > 1 && interval <= 6 ? t.get("recur.number." + interval) : null;
		String regularly = t.get("recur.regularly");
		switch (parts.getOrDefault("FREQ", "")) {
			case "DAILY":
				return Rule.of(interval == 1 ? t.get("recur.daily")
						: every == null ? regularly : t.get("recur.everyDays", every));
			case "WEEKLY":
				if (interval == 1) {
					return Rule.of(t.get("recur.weekly", names(weekdays, t)));
				}
				return Rule.of(every == null ? regularly : t.get("recur.everyWeeks", every, names(weekdays, t)));
			case "MONTHLY":
				if (interval == 1 && days.size() == 1 && days.get(0).position() != 0) {
					int position = days.get(0).position();
					String ordinal = position == -1 ? t.get("recur.ordinal.last")
							: position > 0 && position <= 5 ? t.get("recur.ordinal." + position) : null;
					return Rule.of(ordinal == null ? t.get("recur.monthly")
							: t.get("recur.monthlyPosition", ordinal, t.weekday(days.get(0).day())));
				}
				if (interval == 1 && days.isEmpty()) {
					List<String> monthDays = List
						.of(parts.getOrDefault("BYMONTHDAY", String.valueOf(event.start().getDayOfMonth())).split(","));
					return Rule.of(t.get("recur.monthlyDay",
							t.german() ? String.join(". und ", monthDays) : t.list(monthDays)));
				}
				return Rule.of(t.get("recur.monthly"));
			case "YEARLY":
				return new Rule(interval == 1 && days.isEmpty() && !parts.containsKey("BYMONTH")
						? t.get("recur.yearlyOn", String.valueOf(event.start().getDayOfMonth()),
								String.valueOf(event.start().getMonthValue()), month(event.start().getMonthValue(), t))
						: t.get("recur.yearly"), true);
			default:
				return Rule.of(regularly);
		}
	}

	/** "Dienstag, Donnerstag und Samstag". */
	private static String names(List<DayOfWeek> days, AnswerTexts t) {
		return t.list(days.stream().map(t::weekday).toList());
	}

}
