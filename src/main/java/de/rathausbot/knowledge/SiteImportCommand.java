package de.rathausbot.knowledge;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import de.rathausbot.knowledge.website.SiteCrawler;

/**
 * {@code java -jar rathausbot.jar import-site --sitemap URL | --url URL [--url URL ...]
 * --to knowledge/pages/ [--limit N] [--pause-ms N]}: fetches a city's pages (see
 * {@link SiteCrawler}) and writes one page file each ({@code ID.md} with the title and
 * address in its front matter) for staff to review. Links on the pages are not followed:
 * the sitemap or the addresses given say which pages the city wants answered from. Never
 * overwrites a file; lists every page it skipped and why.
 */
public final class SiteImportCommand {

	public static final String NAME = "import-site";

	static final String USAGE = "usage: java -jar rathausbot.jar import-site (--sitemap URL | --url URL [--url URL ...]) "
			+ "--to DIR [--limit N (200)] [--pause-ms N (1000)]";

	private SiteImportCommand() {
	}

	public static int run(String[] args) {
		return run(args, System.out, System.err);
	}

	static int run(String[] args, PrintStream out, PrintStream err) {
		String sitemap = null;
		List<String> urls = new ArrayList<>();
		Path to = null;
		int limit = 200;
		long pauseMillis = 1000;
		try {
			for (int i = 1; i < args.length; i++) {
				String option = args[i];
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException("option '" + option + "' needs a value");
				}
				String value = args[++i];
				switch (option) {
					case "--sitemap" -> sitemap = value;
					case "--url" -> urls.add(value);
					case "--to" -> to = Path.of(value);
					case "--limit" -> limit = positive(option, value);
					case "--pause-ms" -> pauseMillis = Long.parseLong(value);
					default -> throw new IllegalArgumentException("unknown option '" + option + "'");
				}
			}
			if (to == null || (sitemap == null) == urls.isEmpty()) {
				throw new IllegalArgumentException("--to and either --sitemap or --url are required");
			}
			if (pauseMillis < 0) {
				throw new IllegalArgumentException("--pause-ms must not be negative");
			}
		}
		catch (IllegalArgumentException ex) {
			err.println(NAME + ": " + ex.getMessage());
			err.println(USAGE);
			return 2;
		}
		SiteCrawler crawler = new SiteCrawler(Duration.ofMillis(pauseMillis), limit);
		List<SiteCrawler.Skipped> skipped = new ArrayList<>();
		if (sitemap != null) {
			urls = crawler.sitemap(sitemap, skipped);
			if (urls.isEmpty()) {
				skipped.forEach(s -> err.println(NAME + ": skipped " + s.url() + ": " + s.reason()));
				err.println(NAME + ": the sitemap " + sitemap + " lists no pages");
				return 2;
			}
		}
		SiteCrawler.Result result = crawler.crawl(urls, skipped);
		int written = 0;
		List<SiteCrawler.Skipped> notWritten = new ArrayList<>(result.skipped());
		try {
			Files.createDirectories(to);
			java.util.Set<String> ids = new java.util.HashSet<>();
			for (SiteCrawler.Page page : result.pages()) {
				// two pages of one run with the same last address part ("…/a/kontakt",
				// "…/b/kontakt") get distinct files
				String id = id(page);
				String unique = id;
				for (int n = 2; !ids.add(unique); n++) {
					unique = id + "-" + n;
				}
				Path file = to.resolve(unique + ".md");
				if (Files.exists(file)) {
					notWritten.add(new SiteCrawler.Skipped(page.url(), file + " exists (nothing is overwritten)"));
					continue;
				}
				Files.writeString(file, pageFile(page), StandardCharsets.UTF_8);
				written++;
			}
		}
		catch (IOException ex) {
			err.println(NAME + ": cannot write " + to + ": " + ex.getMessage());
			return 2;
		}
		notWritten.forEach(s -> out.println(NAME + ": skipped " + s.url() + ": " + s.reason()));
		out.println(NAME + ": wrote " + written + " pages to " + to + ", skipped " + notWritten.size());
		return 0;
	}

	private static int positive(String option, String value) {
		int number = Integer.parseInt(value);
		if (number < 1) {
			throw new IllegalArgumentException(option + " must be at least 1");
		}
		return number;
	}

	/** A page file: front matter with title and address, then the text. */
	static String pageFile(SiteCrawler.Page page) {
		return "---\ntitle: " + page.title().replace('\n', ' ') + "\nurl: " + page.url() + "\n---\n" + page.markdown();
	}

	/** The page's id: the last part of its address ("…/leben/abfall.html" → "abfall"). */
	static String id(SiteCrawler.Page page) {
		String path = java.net.URI.create(page.url()).getPath();
		String last = path == null ? "" : path.replaceAll("/+$", "");
		last = last.substring(last.lastIndexOf('/') + 1).replaceFirst("\\.[a-zA-Z0-9]{1,5}$", "");
		String slug = ServiceCatalogue.slug(last.isBlank() || last.equalsIgnoreCase("index") ? page.title() : last);
		return slug.isEmpty() ? "seite" : slug;
	}

}
