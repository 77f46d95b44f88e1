package de.rathausbot.knowledge;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import de.rathausbot.content.ContentId;
import de.rathausbot.content.ContentException;
import de.rathausbot.content.ContentFiles;
import de.rathausbot.content.ContentFiles.ContentFile;

/**
 * Reads a page file ({@code knowledge/pages/ID.md} or {@code .txt}): front matter with
 * {@code title} and {@code url} between {@code ---} lines, then the text, Markdown or
 * plain. The file name is the page's id.
 */
final class PageFileReader {

	private static final Pattern URL = Pattern.compile("https?://[^\\s]+");

	private static final String FENCE = "---";

	private PageFileReader() {
	}

	/** Whether a content file is a page. */
	static boolean isPage(String fileName) {
		String name = ContentFiles.fileName(fileName);
		return name.endsWith(".md") || name.endsWith(".txt");
	}

	static Page read(ContentFile file) {
		String name = ContentFiles.fileName(file.name());
		String id = name.substring(0, name.lastIndexOf('.'));
		if (!ContentId.isValid(id)) {
			throw new ContentException(file.name(), 0,
					"page file name '" + name + "' must be kebab-case (lower-case letters, digits, hyphens)");
		}
		String[] lines = file.text().replace("\r\n", "\n").split("\n", -1);
		String title = null;
		String url = null;
		int body = 0;
		if (lines.length > 0 && lines[0].strip().equals(FENCE)) {
			int end = -1;
			for (int i = 1; i < lines.length; i++) {
				String line = lines[i].strip();
				if (line.equals(FENCE)) {
					end = i;
					break;
				}
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				int colon = line.indexOf(':');
				if (colon < 0) {
					throw new ContentException(file.name(), i + 1, "expected 'key: value' in the front matter");
				}
				String key = line.substring(0, colon).strip();
				String value = unquote(line.substring(colon + 1).strip());
				switch (key) {
					case "title" -> title = value;
					case "url" -> {
						if (!URL.matcher(value).matches()) {
							throw new ContentException(file.name(), i + 1,
									"url '" + value + "' must start with http:// or https://");
						}
						url = value;
					}
					default -> throw new ContentException(file.name(), i + 1,
							"unknown field '" + key + "' in the front matter (allowed: title, url)");
				}
			}
			if (end < 0) {
				throw new ContentException(file.name(), 1, "the front matter is not closed with a '---' line");
			}
			body = end + 1;
		}
		String text = String.join("\n", java.util.Arrays.copyOfRange(lines, body, lines.length));
		List<Passage> passages = name.endsWith(".md") ? PassageSplitter.markdown(text) : PassageSplitter.plain(text);
		if (passages.isEmpty()) {
			throw new ContentException(file.name(), body + 1, "the page has no text");
		}
		if (title == null || title.isBlank()) {
			title = passages.get(0).lines().get(0).heading() ? passages.get(0).heading() : null;
		}
		if (title == null) {
			throw new ContentException(file.name(), 1,
					"a page needs a title: front matter '---' / 'title: …' / '---', or a first heading");
		}
		return new Page(id, title, Optional.ofNullable(url), passages);
	}

	private static String unquote(String value) {
		if (value.length() >= 2
				&& (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
			return value.substring(1, value.length() - 1);
		}
		return value;
	}

}
