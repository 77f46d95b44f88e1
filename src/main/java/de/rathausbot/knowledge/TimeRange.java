package de.rathausbot.knowledge;

import java.time.LocalTime;

/** A span of a day in minutes since midnight; {@code end} may be 1440 (24:00). */
public record TimeRange(int start, int end) {

	public boolean contains(LocalTime time) {
		int minute = time.getHour() * 60 + time.getMinute();
		return minute >= this.start && minute < this.end;
	}

	public boolean overlaps(int from, int to) {
		return this.start < to && from < this.end;
	}

	/** "8" for 08:00, "8:30" for 08:30: the way times are said in German answers. */
	public static String spoken(int minutes) {
		int h = minutes / 60;
		int m = minutes % 60;
		return m == 0 ? Integer.toString(h) : h + ":" + (m < 10 ? "0" : "") + m;
	}

	/** "8–12 Uhr". */
	public String spoken() {
		return spoken(this.start) + "–" + spoken(this.end) + " Uhr";
	}

}
