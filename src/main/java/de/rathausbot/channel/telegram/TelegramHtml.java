package de.rathausbot.channel.telegram;

import java.util.ArrayList;
import java.util.List;

import de.rathausbot.dialogue.AnswerMarkdown;

/**
 * The bot's Markdown subset as Telegram HTML (parse mode {@code HTML}): only {@code <},
 * {@code >}, {@code &} and quotes need escaping there, so answers with {@code _ * [ ] ( )
 * ~ > # + - = | { } . !} send as they are. Long answers are split under Telegram's 4,096
 * characters, at paragraph boundaries.
 */
final class TelegramHtml {

	static final int MAX_LENGTH = 4096;

	private TelegramHtml() {
	}

	/** The messages to send for one answer, each at most {@code limit} characters. */
	static List<String> messages(String markdown, int limit) {
		List<String> paragraphs = new ArrayList<>();
		for (String paragraph : AnswerMarkdown.paragraphs(markdown)) {
			if (html(paragraph).length() <= limit) {
				paragraphs.add(html(paragraph));
				continue;
			}
			// a paragraph too long on its own: by lines, a line too long: by pieces
			for (String line : paragraph.split("\\n")) {
				for (int start = 0; start < line.length(); start += limit / 2) {
					paragraphs.add(html(line.substring(start, Math.min(line.length(), start + limit / 2))));
				}
			}
		}
		List<String> messages = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String paragraph : paragraphs) {
			if (current.length() > 0 && current.length() + 2 + paragraph.length() > limit) {
				messages.add(current.toString());
				current.setLength(0);
			}
			if (current.length() > 0) {
				current.append("\n\n");
			}
			current.append(paragraph);
		}
		if (current.length() > 0) {
			messages.add(current.toString());
		}
		return messages;
	}

	/** One paragraph: escaped text, bold, links, "- " lists as bullets. */
	static String html(String markdown) {
		StringBuilder html = new StringBuilder();
		List<AnswerMarkdown.Line> lines = AnswerMarkdown.lines(markdown);
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				html.append('\n');
			}
			if (lines.get(i).listItem()) {
				html.append("• ");
			}
			for (AnswerMarkdown.Span span : lines.get(i).spans()) {
				html.append(html(span));
			}
		}
		return html.toString();
	}

	private static String html(AnswerMarkdown.Span span) {
		if (span instanceof AnswerMarkdown.Bold bold) {
			return "<b>" + escape(bold.text()) + "</b>";
		}
		if (span instanceof AnswerMarkdown.Link link) {
			return "<a href=\"" + escape(link.url()) + "\">" + escape(link.text()) + "</a>";
		}
		return escape(span.text());
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
