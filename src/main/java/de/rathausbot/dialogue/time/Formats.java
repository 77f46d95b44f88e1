package de.rathausbot.dialogue.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

import de.rathausbot.knowledge.TimeRange;

/** How dates and times are written in German answers. */
public final class Formats {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.GERMANY);

	private Formats() {
	}

	public static String date(LocalDate date) {
		return DATE.format(date);
	}

	public static String weekday(LocalDate date) {
		return weekday(date.getDayOfWeek());
	}

	public static String weekday(DayOfWeek day) {
		return day.getDisplayName(TextStyle.FULL, Locale.GERMAN);
	}

	public static String weekdayAndDate(LocalDate date) {
		return weekday(date) + ", " + date(date);
	}

	public static String month(YearMonth month) {
		return month.getMonth().getDisplayName(TextStyle.FULL, Locale.GERMAN) + " " + month.getYear();
	}

	/** "9 Uhr", "9:30 Uhr". */
	public static String time(ZonedDateTime time) {
		return TimeRange.spoken(time.getHour() * 60 + time.getMinute()) + " Uhr";
	}

	public static String uncapitalize(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}

	public static String capitalize(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
