package de.rathausbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a page's text into passages: a heading and the paragraphs and list items below
 * it. Markdown marks its headings ({@code ## …}), list items ({@code - …}, {@code 1. …})
 * and paragraphs (blank lines between); in plain text every line is a paragraph, and a
 * short line without closing punctuation is a heading (as a web page's text reads when
 * its tags are gone).
 */
final class PassageSplitter {

	private static final Pattern HEADING = Pattern.compile("^\\s{0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");

	private static final Pattern ITEM = Pattern.compile("^\\s*([-*+•]|\\d{1,3}[.)])\\s+(.*)$");

	/** A plain-text line longer than this is a paragraph, never a heading. */
	private static final int HEADING_LENGTH = 70;

	private static final int HEADING_WORDS = 9;

	private PassageSplitter() {
	}

	/** The passages of a Markdown text. */
	static List<Passage> markdown(String text) {
		Builder passages = new Builder();
		String[] lines = text.split("\n", -1);
		StringBuilder paragraph = new StringBuilder();
		int paragraphStart = -1;
		for (int i = 0; i <= lines.length; i++) {
			String line = i < lines.length ? lines[i].stripTrailing() : "";
			Matcher heading = HEADING.matcher(line);
			Matcher item = ITEM.matcher(line);
			boolean ends = line.isBlank() || heading.matches() || item.matches();
			if (ends && paragraphStart >= 0) {
				passages.add(new Passage.Line(paragraphStart, paragraph.toString(), false));
				paragraph.setLength(0);
				paragraphStart = -1;
			}
			if (line.isBlank()) {
				continue;
			}
			if (heading.matches()) {
				passages.heading(new Passage.Line(i, heading.group(2), true));
			}
			else if (item.matches()) {
				passages.add(new Passage.Line(i, listItem(item), false));
			}
			else {
				if (paragraphStart < 0) {
					paragraphStart = i;
				}
				else {
					paragraph.append(' ');
				}
				paragraph.append(line.strip());
			}
		}
		return passages.passages();
	}

	/** The passages of a plain text: one line, one paragraph. */
	static List<Passage> plain(String text) {
		Builder passages = new Builder();
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty()) {
				continue;
			}
			if (looksLikeHeading(line)) {
				passages.heading(new Passage.Line(i, line, true));
			}
			else {
				Matcher item = ITEM.matcher(line);
				passages.add(new Passage.Line(i, item.matches() ? listItem(item) : line, false));
			}
		}
		return passages.passages();
	}

	/**
	 * A list item as written: "- " for any bullet, a number kept ("1. Registrierung").
	 */
	private static String listItem(Matcher item) {
		String marker = Character.isDigit(item.group(1).charAt(0)) ? item.group(1) : "-";
		return marker + " " + item.group(2).strip();
	}

	private static boolean looksLikeHeading(String line) {
		char last = line.charAt(line.length() - 1);
		return line.length() <= HEADING_LENGTH && ".:!?;,)".indexOf(last) < 0
				&& line.split("\\s+").length <= HEADING_WORDS && !ITEM.matcher(line).matches();
	}

	/** Collects lines into passages, a heading starting a new one. */
	private static final class Builder {

		private final List<Passage> passages = new ArrayList<>();

		private String heading = "";

		private List<Passage.Line> lines = new ArrayList<>();

		void heading(Passage.Line line) {
			flush();
			this.heading = line.text();
			this.lines.add(line);
		}

		void add(Passage.Line line) {
			this.lines.add(line);
		}

		List<Passage> passages() {
			flush();
			return List.copyOf(this.passages);
		}

		private void flush() {
			if (!this.lines.isEmpty()) {
				this.passages.add(new Passage(this.heading, this.lines));
			}
			this.heading = "";
			this.lines = new ArrayList<>();
		}

	}

}
