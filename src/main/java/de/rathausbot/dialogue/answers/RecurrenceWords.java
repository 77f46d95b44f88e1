package de.rathausbot.dialogue.answers;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;

import de.rathausbot.dialogue.time.Formats;
import de.rathausbot.knowledge.Event;
import de.rathausbot.knowledge.Recurrence.PositionedDay;
import de.rathausbot.knowledge.Recurrence;

/**
 * A series' rule in German: "jeden Dienstag und Samstag", "jeden ersten Montag im Monat",
 * "alle zwei Wochen am Mittwoch". Rules beyond these patterns are "regelmäßig".
 */
final class RecurrenceWords {

	private static final List<String> ORDINALS = List.of("", "ersten", "zweiten", "dritten", "vierten", "fünften");

	private static final List<String> NUMBERS = List.of("", "", "zwei", "drei", "vier", "fünf", "sechs");

	private RecurrenceWords() {
	}

	static String spoken(Event event) {
		if (event.recurrence().isEmpty()) {
			return "";
		}
		String rule = rule(event);
		String months = event.recurrence().get().parts().getOrDefault("BYMONTH", "");
		return months.isEmpty() || rule.startsWith("jährlich") || rule.startsWith("jedes Jahr") ? rule
				: rule + " " + months(months);
	}

	/** "von April bis Oktober", "im Juni und Juli". */
	private static String months(String byMonth) {
		List<Integer> numbers = java.util.Arrays.stream(byMonth.split(",")).map(Integer::parseInt).sorted().toList();
		boolean contiguous = numbers.get(numbers.size() - 1) - numbers.get(0) == numbers.size() - 1;
		if (contiguous && numbers.size() > 2) {
			return "von " + month(numbers.get(0)) + " bis " + month(numbers.get(numbers.size() - 1));
		}
		List<String> names = numbers.stream().map(RecurrenceWords::month).toList();
		return "im " + (names.size() == 1 ? names.get(0)
				: String.join(", ", names.subList(0, names.size() - 1)) + " und " + names.get(names.size() - 1));
	}

	private static String month(int number) {
		return java.time.Month.of(number).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.GERMAN);
	}

	private static String rule(Event event) {
		Recurrence recurrence = event.recurrence().get();
		Map<String, String> parts = recurrence.parts();
		int interval = Integer.parseInt(parts.getOrDefault("INTERVAL", "1"));
		List<PositionedDay> days = recurrence.days();
		List<DayOfWeek> weekdays = days.isEmpty() ? List.of(event.start().getDayOfWeek())
				: days.stream().map(PositionedDay::day).toList();
		String every = interval == 1 ? "jeden" : interval < NUMBERS.size() ? "alle " + NUMBERS.get(interval) : null;
		switch (parts.getOrDefault("FREQ", "")) {
			case "DAILY":
				return interval == 1 ? "täglich" : every == null ? "regelmäßig" : every + " Tage";
			case "WEEKLY":
				if (interval == 1) {
					return "jeden " + names(weekdays);
				}
				return every == null ? "regelmäßig" : every + " Wochen am " + names(weekdays);
			case "MONTHLY":
				if (interval == 1 && days.size() == 1 && days.get(0).position() != 0) {
					int position = days.get(0).position();
					String ordinal = position == -1 ? "letzten"
							: position > 0 && position < ORDINALS.size() ? ORDINALS.get(position) : null;
					return ordinal == null ? "monatlich"
							: "jeden " + ordinal + " " + Formats.weekday(days.get(0).day()) + " im Monat";
				}
				if (interval == 1 && days.isEmpty()) {
					return "jeden Monat am "
							+ parts.getOrDefault("BYMONTHDAY", String.valueOf(event.start().getDayOfMonth()))
								.replace(",", ". und ")
							+ ".";
				}
				return "monatlich";
			case "YEARLY":
				return interval == 1 && days.isEmpty() && !parts.containsKey("BYMONTH")
						? "jedes Jahr am " + event.start().getDayOfMonth() + "." + event.start().getMonthValue() + "."
						: "jährlich";
			default:
				return "regelmäßig";
		}
	}

	/** "Dienstag, Donnerstag und Samstag". */
	private static String names(List<DayOfWeek> days) {
		List<String> names = days.stream().map(Formats::weekday).toList();
		if (names.size() == 1) {
			return names.get(0);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " und " + names.get(names.size() - 1);
	}

}
