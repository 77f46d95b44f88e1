package de.rathausbot.knowledge;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A heading of a page and the paragraphs and list items below it, up to the next heading.
 *
 * @param heading the heading's text, empty for the text before the first one
 * @param lines the heading's line (if any) and each paragraph or list item below it
 */
public record Passage(String heading, List<Line> lines) {

	public Passage {
		lines = List.copyOf(lines);
	}

	/**
	 * One unit of a page's text: a heading, a paragraph or a list item.
	 *
	 * @param number where it starts in the page's text, counted from 0 after the front
	 * matter
	 * @param text the text without Markdown markers
	 * @param heading whether it is a heading
	 */
	public record Line(int number, String text, boolean heading) {
	}

	/** The whole passage as one text. */
	public String text() {
		return this.lines.stream().map(Line::text).collect(Collectors.joining("\n"));
	}

}
