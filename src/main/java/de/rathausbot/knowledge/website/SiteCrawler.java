package de.rathausbot.knowledge.website;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Fetches a city's pages politely: only what its {@code robots.txt} allows, one request
 * at a time with a pause between them (longer if the site asks for it), HTML only, up to
 * a limit; every page it does not take is reported with the reason.
 */
public final class SiteCrawler {

	/** How the crawler calls itself, to sites and in their robots.txt. */
	static final String AGENT = "Rathausbot-Import";

	/** A page larger than this is not read. */
	private static final int MAX_BYTES = 5 * 1024 * 1024;

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NORMAL)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final Duration pause;

	private final int limit;

	private final Map<String, RobotsRules> robots = new HashMap<>();

	private long lastRequest;

	/**
	 * @param pause the pause between two requests
	 * @param limit how many pages to take at most
	 */
	public SiteCrawler(Duration pause, int limit) {
		this.pause = pause;
		this.limit = limit;
	}

	/** A page taken: its address, title and main content as Markdown. */
	public record Page(String url, String title, String markdown) {
	}

	/** A page not taken, and why. */
	public record Skipped(String url, String reason) {
	}

	/** What a crawl brought. */
	public record Result(List<Page> pages, List<Skipped> skipped) {
	}

	/** The page addresses a sitemap lists (a sitemap index is followed). */
	public List<String> sitemap(String url, List<Skipped> skipped) {
		Set<String> pages = new LinkedHashSet<>();
		sitemap(url, pages, skipped, 0);
		return new ArrayList<>(pages);
	}

	private void sitemap(String url, Set<String> pages, List<Skipped> skipped, int depth) {
		Optional<Fetched> fetched = fetch(url, skipped, false);
		if (fetched.isEmpty()) {
			return;
		}
		Document xml = Jsoup.parse(fetched.get().body(), url, Parser.xmlParser());
		for (Element loc : xml.select("sitemap > loc")) {
			if (depth < 2) {
				sitemap(loc.text().strip(), pages, skipped, depth + 1);
			}
		}
		for (Element loc : xml.select("url > loc")) {
			pages.add(loc.text().strip());
		}
	}

	/** Fetches the pages, in order, until the limit. */
	public Result crawl(List<String> urls, List<Skipped> skippedBefore) {
		List<Page> pages = new ArrayList<>();
		List<Skipped> skipped = new ArrayList<>(skippedBefore);
		Set<String> seen = new LinkedHashSet<>();
		for (String url : urls) {
			if (!seen.add(url)) {
				continue;
			}
			if (pages.size() >= this.limit) {
				skipped.add(new Skipped(url, "page limit of " + this.limit + " reached"));
				continue;
			}
			Optional<Fetched> fetched = fetch(url, skipped, true);
			if (fetched.isEmpty()) {
				continue;
			}
			Document document = Jsoup.parse(fetched.get().body(), fetched.get().url());
			String markdown = MainContent.markdown(document);
			String title = MainContent.title(document);
			if (markdown.isBlank()) {
				skipped.add(new Skipped(url, "no text in the page's main content"));
				continue;
			}
			pages.add(new Page(fetched.get().url(), title.isBlank() ? url : title, markdown));
		}
		return new Result(pages, skipped);
	}

	private record Fetched(String url, String body) {
	}

	private Optional<Fetched> fetch(String url, List<Skipped> skipped, boolean html) {
		URI uri;
		try {
			uri = URI.create(url);
			if (uri.getScheme() == null || !uri.getScheme().matches("https?") || uri.getHost() == null) {
				skipped.add(new Skipped(url, "not an http(s) address"));
				return Optional.empty();
			}
		}
		catch (IllegalArgumentException ex) {
			skipped.add(new Skipped(url, "not a valid address"));
			return Optional.empty();
		}
		String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
		if (uri.getRawQuery() != null) {
			path += "?" + uri.getRawQuery();
		}
		RobotsRules rules = robots(uri);
		if (!rules.allows(path)) {
			skipped.add(new Skipped(url, "disallowed by robots.txt"));
			return Optional.empty();
		}
		try {
			Response response = get(uri, rules);
			if (response.statusCode() != 200) {
				skipped.add(new Skipped(url, "HTTP " + response.statusCode()));
				return Optional.empty();
			}
			String type = response.contentType().toLowerCase(Locale.ROOT);
			if (html && !type.contains("html")) {
				skipped.add(new Skipped(url, "not an HTML page (" + (type.isEmpty() ? "no content type" : type) + ")"));
				return Optional.empty();
			}
			if (response.body().length > MAX_BYTES) {
				skipped.add(new Skipped(url, "larger than " + MAX_BYTES / 1024 / 1024 + " MB"));
				return Optional.empty();
			}
			return Optional.of(new Fetched(response.uri(), new String(response.body(), charset(type))));
		}
		catch (IOException ex) {
			skipped.add(new Skipped(url, "cannot fetch: " + ex.getMessage()));
			return Optional.empty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			skipped.add(new Skipped(url, "interrupted"));
			return Optional.empty();
		}
	}

	private static java.nio.charset.Charset charset(String contentType) {
		int at = contentType.indexOf("charset=");
		if (at >= 0) {
			try {
				return java.nio.charset.Charset
					.forName(contentType.substring(at + 8).replaceAll("[\";].*", "").strip());
			}
			catch (IllegalArgumentException ex) {
				// an unknown charset: read as UTF-8
			}
		}
		return StandardCharsets.UTF_8;
	}

	/** The robots.txt rules of a site, fetched once; none when it has no robots.txt. */
	private RobotsRules robots(URI uri) {
		String site = uri.getScheme() + "://" + uri.getAuthority();
		RobotsRules known = this.robots.get(site);
		if (known != null) {
			return known;
		}
		RobotsRules rules = RobotsRules.ALLOW_ALL;
		try {
			Response response = get(URI.create(site + "/robots.txt"), RobotsRules.ALLOW_ALL);
			if (response.statusCode() == 200) {
				rules = RobotsRules.parse(new String(response.body(), StandardCharsets.UTF_8), AGENT);
			}
		}
		catch (IOException ex) {
			// unreachable robots.txt: the pages' own requests will say more
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.robots.put(site, rules);
		return rules;
	}

	/** A response, its body read up to one byte beyond the size limit. */
	private record Response(int statusCode, String uri, String contentType, byte[] body) {
	}

	private Response get(URI uri, RobotsRules rules) throws IOException, InterruptedException {
		long pauseMillis = Math.max(this.pause.toMillis(),
				rules.crawlDelaySeconds().map(s -> (long) (s * 1000)).orElse(0L));
		long wait = this.lastRequest + pauseMillis - System.currentTimeMillis();
		if (this.lastRequest > 0 && wait > 0) {
			Thread.sleep(wait);
		}
		try {
			HttpResponse<InputStream> response = this.http.send(HttpRequest.newBuilder(uri)
				.timeout(Duration.ofSeconds(30))
				.header("User-Agent", AGENT + "/1.0 (Rathausbot import-site)")
				.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofInputStream());
			try (InputStream body = response.body()) {
				return new Response(response.statusCode(), response.uri().toString(),
						response.headers().firstValue("Content-Type").orElse(""), body.readNBytes(MAX_BYTES + 1));
			}
		}
		finally {
			this.lastRequest = System.currentTimeMillis();
		}
	}

}
