package de.rathausbot.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown subset of the bot's answers (README, "Chat API"), read in one place:
 * paragraphs separated by a blank line, lines, {@code - } list items, {@code **bold**}
 * and {@code [text](https://…)} links (only http and https). Everything else is plain
 * text. Each channel renders the parsed spans in its own way; nobody parses the text
 * again.
 */
public final class AnswerMarkdown {

	private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|\\[([^\\]]+)\\]\\((https?://[^)\\s]+)\\)");

	private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[-*]\\s+");

	private AnswerMarkdown() {
	}

	/** A piece of a line. */
	public sealed interface Span {

		/** What a reader sees of it. */
		String text();

	}

	public record Plain(String text) implements Span {
	}

	public record Bold(String text) implements Span {
	}

	public record Link(String text, String url) implements Span {
	}

	/** One line of a paragraph: a list item or not, and its spans. */
	public record Line(boolean listItem, List<Span> spans) {

		public Line {
			spans = List.copyOf(spans);
		}

	}

	/** The paragraphs of an answer (split at blank lines), without empty ones. */
	public static List<String> paragraphs(String markdown) {
		List<String> paragraphs = new ArrayList<>();
		for (String paragraph : markdown.strip().split("\\n{2,}")) {
			if (!paragraph.isBlank()) {
				paragraphs.add(paragraph);
			}
		}
		return paragraphs;
	}

	/** The lines of a paragraph, parsed. */
	public static List<Line> lines(String paragraph) {
		List<Line> lines = new ArrayList<>();
		for (String line : paragraph.split("\\n", -1)) {
			Matcher item = LIST_ITEM.matcher(line);
			boolean listItem = item.find();
			lines.add(new Line(listItem, spans(listItem ? line.substring(item.end()) : line)));
		}
		return lines;
	}

	/** The spans of one line. */
	public static List<Span> spans(String line) {
		List<Span> spans = new ArrayList<>();
		Matcher m = INLINE.matcher(line);
		int last = 0;
		while (m.find()) {
			if (m.start() > last) {
				spans.add(new Plain(line.substring(last, m.start())));
			}
			spans.add(m.group(1) != null ? new Bold(m.group(1)) : new Link(m.group(2), m.group(3)));
			last = m.end();
		}
		if (last < line.length()) {
			spans.add(new Plain(line.substring(last)));
		}
		return spans;
	}

	/** Every link of an answer, in order. */
	public static List<Link> links(String markdown) {
		List<Link> links = new ArrayList<>();
		for (String line : markdown.split("\\n")) {
			for (Span span : spans(line)) {
				if (span instanceof Link link) {
					links.add(link);
				}
			}
		}
		return links;
	}

}
