package de.rathausbot.channel.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bot's Markdown subset as Telegram HTML (parse mode {@code HTML}): only {@code <},
 * {@code >}, {@code &} and quotes need escaping there, so answers with {@code _ * [ ] ( )
 * ~ > # + - = | { } . !} send as they are. Long answers are split under Telegram's 4,096
 * characters, at paragraph boundaries.
 */
final class TelegramHtml {

	static final int MAX_LENGTH = 4096;

	private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|\\[([^\\]]+)\\]\\((https?://[^)\\s]+)\\)");

	private static final Pattern LIST_ITEM = Pattern.compile("^\\s*[-*]\\s+");

	private TelegramHtml() {
	}

	/** The messages to send for one answer, each at most {@code limit} characters. */
	static List<String> messages(String markdown, int limit) {
		List<String> paragraphs = new ArrayList<>();
		for (String paragraph : markdown.strip().split("\\n{2,}")) {
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
		String[] lines = markdown.split("\\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				html.append('\n');
			}
			html.append(inline(LIST_ITEM.matcher(lines[i]).replaceFirst("• ")));
		}
		return html.toString();
	}

	private static String inline(String text) {
		StringBuilder html = new StringBuilder();
		Matcher m = INLINE.matcher(text);
		int last = 0;
		while (m.find()) {
			html.append(escape(text.substring(last, m.start())));
			if (m.group(1) != null) {
				html.append("<b>").append(escape(m.group(1))).append("</b>");
			}
			else {
				html.append("<a href=\"")
					.append(escape(m.group(3)))
					.append("\">")
					.append(escape(m.group(2)))
					.append("</a>");
			}
			last = m.end();
		}
		return html.append(escape(text.substring(last))).toString();
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
