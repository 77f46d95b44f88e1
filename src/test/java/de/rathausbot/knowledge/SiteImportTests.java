package de.rathausbot.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * import-site against a city website on a local server: it keeps the main content of HTML
 * pages, obeys robots.txt, skips a missing page and a PDF, stops at its page limit, says
 * why it skipped each, and never overwrites a page file.
 */
class SiteImportTests {

	private static final String ABFALL = """
			<html><head><title>Abfall | Stadt Musterstadt</title></head><body>
			<header><nav><a href="/">Start</a> <a href="/rathaus">Rathaus</a></nav></header>
			<main><h1>Abfall und Wertstoffe</h1>
			<p>Die Biotonne wird jeden Dienstag geleert.</p>
			<h2>Sperrmüll</h2>
			<p>Sperrmüll holen wir auf Anmeldung ab: <a href="/sperrmuell-formular">Formular</a>.</p>
			<ul><li>Möbel</li><li>Matratzen</li></ul>
			</main><footer>Impressum · Datenschutz</footer><script>track()</script></body></html>
			""";

	private HttpServer server;

	private final List<String> requested = new CopyOnWriteArrayList<>();

	@TempDir
	Path folder;

	@BeforeEach
	void startCityWebsite() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		Map<String, String[]> site = Map.of("/robots.txt",
				new String[] { "text/plain", "User-agent: *\nDisallow: /intern/\n" }, "/abfall.html",
				new String[] { "text/html; charset=utf-8", ABFALL }, "/intern/personal.html",
				new String[] { "text/html", "<html><body><p>geheim</p></body></html>" }, "/satzung.pdf",
				new String[] { "application/pdf", "%PDF-1.4" }, "/kita.html",
				new String[] { "text/html", "<html><body><main><h1>Kita</h1><p>Plätze.</p></main></body></html>" },
				"/sitemap.xml", new String[] { "application/xml", sitemap() });
		this.server.createContext("/", exchange -> {
			String path = exchange.getRequestURI().getPath();
			this.requested.add(path);
			String[] page = site.get(path);
			byte[] body = page == null ? "not found".getBytes(StandardCharsets.UTF_8)
					: page[1].replace("BASE", base()).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", page == null ? "text/plain" : page[0]);
			exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
			exchange.getResponseBody().write(body);
			exchange.close();
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.stop(0);
	}

	private String base() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	private String sitemap() {
		return "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
				+ "<url><loc>BASE/abfall.html</loc></url><url><loc>BASE/intern/personal.html</loc></url>"
				+ "<url><loc>BASE/fehlt.html</loc></url><url><loc>BASE/satzung.pdf</loc></url>"
				+ "<url><loc>BASE/kita.html</loc></url></urlset>";
	}

	private record Run(int exit, String out) {
	}

	private Run importSite(String... options) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		String[] args = new String[options.length + 1];
		args[0] = SiteImportCommand.NAME;
		for (int i = 0; i < options.length; i++) {
			args[i + 1] = options[i].replace("BASE", base());
		}
		int exit = SiteImportCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(out, true, StandardCharsets.UTF_8));
		return new Run(exit, out.toString(StandardCharsets.UTF_8));
	}

	@Test
	void writesTheMainContentOfEachPageWithItsTitleAndAddress() throws IOException {
		Run run = importSite("--url", "BASE/abfall.html", "--to", this.folder.toString(), "--pause-ms", "0");

		assertThat(run.exit()).isZero();
		String page = Files.readString(this.folder.resolve("abfall.md"));
		assertThat(page).startsWith("---\ntitle: Abfall und Wertstoffe\nurl: " + base() + "/abfall.html\n---\n")
			.contains("# Abfall und Wertstoffe", "Die Biotonne wird jeden Dienstag geleert.", "## Sperrmüll",
					"[Formular](" + base() + "/sperrmuell-formular)", "- Möbel", "- Matratzen")
			.doesNotContain("Impressum", "track()", "Start");
	}

	@Test
	void followsTheSitemapObeysRobotsAndSaysWhatItSkipped() {
		Run run = importSite("--sitemap", "BASE/sitemap.xml", "--to", this.folder.toString(), "--pause-ms", "0");

		assertThat(run.exit()).isZero();
		assertThat(this.folder.resolve("abfall.md")).exists();
		assertThat(this.folder.resolve("kita.md")).exists();
		assertThat(this.requested).doesNotContain("/intern/personal.html");
		assertThat(run.out()).contains("intern/personal.html: disallowed by robots.txt", "fehlt.html: HTTP 404",
				"satzung.pdf: not an HTML page (application/pdf)", "wrote 2 pages");
	}

	@Test
	void stopsAtThePageLimit() {
		Run run = importSite("--sitemap", "BASE/sitemap.xml", "--to", this.folder.toString(), "--pause-ms", "0",
				"--limit", "1");

		assertThat(run.out()).contains("kita.html: page limit of 1 reached", "wrote 1 pages");
		assertThat(this.requested).doesNotContain("/kita.html");
	}

	@Test
	void waitsBetweenRequests() {
		long start = System.nanoTime();
		importSite("--url", "BASE/abfall.html", "--url", "BASE/kita.html", "--to", this.folder.toString(), "--pause-ms",
				"300");

		// robots.txt, then two pages: two pauses at least
		assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(600);
	}

	@Test
	void neverOverwritesAPageFile() throws IOException {
		Files.writeString(this.folder.resolve("abfall.md"), "staff edited this");

		Run run = importSite("--url", "BASE/abfall.html", "--to", this.folder.toString(), "--pause-ms", "0");

		assertThat(Files.readString(this.folder.resolve("abfall.md"))).isEqualTo("staff edited this");
		assertThat(run.out()).contains("exists (nothing is overwritten)");
	}

	@Test
	void rejectsIncompleteArguments() {
		assertThat(importSite("--to", this.folder.toString()).exit()).isEqualTo(2);
		assertThat(importSite("--url", "BASE/abfall.html").exit()).isEqualTo(2);
	}

}
