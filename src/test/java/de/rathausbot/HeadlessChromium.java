package de.rathausbot;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium for the browser tests, driven by Debian's chromedriver
 * (Selenium Manager never downloads anything), and the axe-core accessibility scan.
 * {@code .ci/run} installs chromium and chromium-driver.
 */
public final class HeadlessChromium {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private HeadlessChromium() {
	}

	/** Starts a browser, or skips the test class where Chromium is not installed. */
	public static ChromeDriver start() {
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"browser tests need Debian's chromium and chromedriver: apt-get install -y chromium chromium-driver");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-background-networking",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--lang=de-DE");
		// the console, to see Content-Security-Policy violations
		options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER.toString()))
			// German date and time pickers (24 hours, dd.mm.yyyy), as city staff see them
			.withEnvironment(Map.of("LANG", "de_DE.UTF-8", "LANGUAGE", "de"))
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/**
	 * What the browser refused because of the page's Content-Security-Policy since the
	 * last call (reading the console empties it).
	 */
	public static List<String> contentSecurityPolicyViolations(ChromeDriver browser) {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter(m -> m.contains("Content Security Policy"))
			.toList();
	}

	/**
	 * The script errors the browser logged since the last read of its console (reading
	 * empties it), Content-Security-Policy refusals included.
	 */
	public static List<String> scriptErrors(ChromeDriver browser) {
		return browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(e -> e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.filter(m -> !m.contains("favicon"))
			.toList();
	}

	/**
	 * Runs axe-core on the page as it is now.
	 * @return the serious and critical violations, as "rule: help"
	 */
	@SuppressWarnings("unchecked")
	public static List<String> seriousAccessibilityViolations(ChromeDriver browser) {
		browser.executeScript(axeScript());
		Map<String, Object> results = (Map<String, Object>) browser
			.executeAsyncScript("var done = arguments[arguments.length - 1];"
					+ " axe.run(document, {resultTypes: ['violations']}).then(done, function (e) { done({error: String(e)}); });");
		assertThat(results).doesNotContainKey("error");
		List<Map<String, Object>> violations = (List<Map<String, Object>>) results.get("violations");
		List<String> serious = violations.stream()
			.filter(v -> List.of("serious", "critical").contains(v.get("impact")))
			.map(v -> v.get("id") + ": " + v.get("help"))
			.toList();
		System.out.println("axe-core: " + violations.size() + " violations, serious or critical: " + serious);
		return serious;
	}

	private static String axeScript() {
		try (InputStream in = HeadlessChromium.class
			.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
			assertThat(in).as("axe-core webjar").isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
