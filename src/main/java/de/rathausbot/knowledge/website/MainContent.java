package de.rathausbot.knowledge.website;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The main content of a city's HTML page as Markdown, without its navigation, header,
 * footer, forms and scripts: headings, paragraphs, list items and links, so that the bot
 * can split it into passages and quote its sentences.
 */
final class MainContent {

	/** Where the main content usually is, best guess first. */
	private static final List<String> MAIN = List.of("main", "article", "[role=main]", "#content", "#main", ".content",
			".main-content");

	/** Never content. */
	private static final String NOISE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, "
			+ "svg, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], .breadcrumb, "
			+ ".breadcrumbs, .skip-link, .cookie, .cookie-banner, #cookie-banner";

	private MainContent() {
	}

	/** The page's title: its first {@code h1}, else its {@code <title>}. */
	static String title(Document page) {
		Element h1 = page.selectFirst("main h1, article h1, h1");
		String title = h1 != null ? h1.text() : page.title();
		return title.strip();
	}

	/** The main content as Markdown. */
	static String markdown(Document page) {
		Document copy = page.clone();
		copy.select(NOISE).remove();
		Element main = null;
		for (String selector : MAIN) {
			main = copy.selectFirst(selector);
			if (main != null) {
				break;
			}
		}
		if (main == null) {
			main = copy.body();
		}
		StringBuilder markdown = new StringBuilder();
		blocks(main, markdown);
		return markdown.toString().replaceAll("\n{3,}", "\n\n").strip() + "\n";
	}

	private static void blocks(Element element, StringBuilder out) {
		for (Element child : element.children()) {
			String tag = child.tagName();
			if (tag.matches("h[1-6]")) {
				block(out, "#".repeat(tag.charAt(1) - '0') + " " + inline(child));
			}
			else if (tag.equals("p") || tag.equals("blockquote") || tag.equals("pre") || tag.equals("dd")
					|| tag.equals("dt") || tag.equals("figcaption")) {
				block(out, inline(child));
			}
			else if (tag.equals("li")) {
				String text = inline(child.clone().select("ul, ol").remove().isEmpty() ? child : withoutLists(child));
				if (!text.isBlank()) {
					out.append("- ").append(text).append('\n');
				}
				child.select("> ul, > ol").forEach(list -> blocks(list, out));
			}
			else if (tag.equals("tr")) {
				List<String> cells = child.select("> th, > td").stream().map(MainContent::inline).toList();
				if (cells.stream().anyMatch(c -> !c.isBlank())) {
					out.append("- ").append(String.join(" | ", cells)).append('\n');
				}
			}
			else if (tag.equals("br") || tag.equals("hr") || tag.equals("img")) {
				continue;
			}
			else if (hasBlocks(child)) {
				blocks(child, out);
			}
			else {
				block(out, inline(child));
			}
		}
		// text directly in a container ("<div>Text <b>fett</b></div>")
		StringBuilder loose = new StringBuilder();
		for (Node node : element.childNodes()) {
			if (node instanceof TextNode text) {
				loose.append(text.text());
			}
		}
		if (!loose.isEmpty() && !loose.toString().isBlank() && !hasBlocks(element)) {
			block(out, loose.toString().strip());
		}
	}

	private static Element withoutLists(Element item) {
		Element copy = item.clone();
		copy.select("ul, ol").remove();
		return copy;
	}

	private static boolean hasBlocks(Element element) {
		return !element
			.select("> p, > div, > section, > ul, > ol, > table, > tbody, > h1, > h2, > h3, > h4, > h5, "
					+ "> h6, > article, > dl, > blockquote, > li, > tr, > figure, > header, > main")
			.isEmpty();
	}

	private static void block(StringBuilder out, String text) {
		if (!text.isBlank()) {
			out.append('\n').append(text.strip()).append("\n\n");
		}
	}

	/** Text with links kept as Markdown links (absolute), whitespace collapsed. */
	private static String inline(Element element) {
		StringBuilder text = new StringBuilder();
		for (Node node : element.childNodes()) {
			if (node instanceof TextNode t) {
				text.append(t.text());
			}
			else if (node instanceof Element e && e.tagName().equals("a") && e.hasAttr("href")) {
				String url = e.absUrl("href");
				String label = e.text().strip();
				text.append(url.startsWith("http") && !label.isEmpty() ? "[" + label + "](" + url + ")" : label);
			}
			else if (node instanceof Element e && e.tagName().equals("br")) {
				text.append(' ');
			}
			else if (node instanceof Element e) {
				text.append(inline(e));
			}
		}
		return text.toString().replaceAll("\\s+", " ").strip();
	}

}
