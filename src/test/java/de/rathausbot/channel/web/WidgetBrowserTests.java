package de.rathausbot.channel.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import de.rathausbot.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The widget in a real browser (Debian's headless Chromium) on the demo page: asking,
 * quick replies, history after a reload, keyboard only, an XSS attempt, an axe-core scan
 * and an unreachable server. {@code .ci/run} installs chromium and chromium-driver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WidgetBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser() {
		browser = HeadlessChromium.start();
	}

	/**
	 * Every page of every test runs under its Content-Security-Policy without a refusal.
	 */
	@AfterEach
	void nothingWasRefusedByTheContentSecurityPolicy() {
		if (browser != null) {
			assertThat(de.rathausbot.HeadlessChromium.contentSecurityPolicyViolations(browser)).isEmpty();
		}
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void freshTab() {
		browser.setNetworkConditions(new ChromiumNetworkConditions());
		browser.get("http://localhost:" + this.port + "/");
		browser.executeScript("sessionStorage.clear()");
		browser.navigate().refresh();
		waitFor(() -> !browser.findElements(By.id("rathausbot-widget")).isEmpty());
	}

	private static SearchContext widget() {
		return browser.findElement(By.id("rathausbot-widget")).getShadowRoot();
	}

	private static WebElement find(String css) {
		return widget().findElement(By.cssSelector(css));
	}

	private static List<WebElement> all(String css) {
		return widget().findElements(By.cssSelector(css));
	}

	private static void waitFor(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
	}

	private static void open() {
		find(".launcher").click();
		waitFor(() -> find(".panel").isDisplayed());
	}

	/** Sends a question and waits for its answer (or error); returns that message. */
	private static WebElement ask(String question) {
		int before = all(".msg.bot").size();
		WebElement input = find("#rb-input");
		input.sendKeys(question);
		input.sendKeys(Keys.ENTER);
		waitFor(() -> all(".msg.bot").size() > before);
		List<WebElement> answers = all(".msg.bot");
		return answers.get(answers.size() - 1);
	}

	@Test
	void answersAQuestionWithItsFactsAndACard() throws IOException {
		open();
		long start = System.nanoTime();
		WebElement answer = ask("Adresse vom Rathaus");
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("widget: from Enter to the first answer in the browser: " + millis + " ms");

		assertThat(answer.getText()).contains("Wilhelmstraße 11, 71638 Ludwigsburg");
		assertThat(answer.findElements(By.cssSelector(".card-contact dd a[href^='tel:']"))).isNotEmpty();
		Path screenshot = Path.of("target/screenshots/widget.png");
		Files.createDirectories(screenshot.getParent());
		Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));
	}

	@Test
	void aQuickReplyContinuesTheConversation() {
		open();
		WebElement overview = ask("Reisepass");
		WebElement documents = overview.findElements(By.cssSelector(".quick button"))
			.stream()
			.filter(b -> b.getText().contains("Unterlagen"))
			.findFirst()
			.orElseThrow();
		int before = all(".msg.bot").size();

		documents.click();

		waitFor(() -> all(".msg.bot").size() > before);
		List<WebElement> answers = all(".msg.bot");
		assertThat(answers.get(answers.size() - 1).getText()).contains("mitbringen", "Passfoto");
	}

	@Test
	void keepsTheConversationAcrossAReloadAndStartsANewOne() {
		open();
		ask("Was kostet ein Reisepass?");

		browser.navigate().refresh();

		waitFor(() -> find(".panel").isDisplayed());
		assertThat(find(".log").getText()).contains("Was kostet ein Reisepass?", "70,00");
		find(".reset").click();
		assertThat(find(".log").getText()).doesNotContain("70,00");
		assertThat(browser.executeScript("return document.cookie")).isEqualTo("");
	}

	@Test
	void deletesTheConversationAlsoOnTheServer() {
		open();
		ask("Was kostet ein Reisepass?");
		String conversation = (String) browser.executeScript("return Object.keys(sessionStorage)"
				+ ".map(function (k) { return JSON.parse(sessionStorage.getItem(k)).conversationId; })"
				+ ".filter(function (id) { return id; })[0]");
		assertThat(conversation).isNotBlank();
		assertThat(conversations(conversation)).isOne();

		find(".erase").click();

		waitFor(() -> find(".typing").getText().contains("gelöscht"));
		assertThat(find(".log").getText()).doesNotContain("70,00");
		assertThat(conversations(conversation)).isZero();
	}

	private int conversations(String id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM conversation WHERE id = ?").param(id).query(Integer.class).single();
	}

	@Test
	void worksWithTheKeyboardOnlyAndKeepsFocusInThePanel() {
		Actions keys = new Actions(browser);
		for (int i = 0; i < 20 && !launcherHasFocus(); i++) {
			keys.sendKeys(Keys.TAB).perform();
		}
		assertThat(launcherHasFocus()).as("the launcher is reachable with Tab").isTrue();
		keys.sendKeys(Keys.ENTER).perform();
		waitFor(() -> find(".panel").isDisplayed());
		int before = all(".msg.bot").size();
		keys.sendKeys("Adresse vom Rathaus").sendKeys(Keys.ENTER).perform();
		waitFor(() -> all(".msg.bot").size() > before);
		assertThat(find(".log").getText()).contains("Wilhelmstraße 11");

		for (int i = 0; i < 25; i++) {
			keys.sendKeys(Keys.TAB).perform();
			assertThat(browser.executeScript("var r = document.getElementById('rathausbot-widget').shadowRoot;"
					+ " return r.activeElement !== null && r.querySelector('.panel').contains(r.activeElement);"))
				.as("focus stays in the open panel")
				.isEqualTo(true);
		}
		keys.sendKeys(Keys.ESCAPE).perform();
		assertThat(find(".panel").isDisplayed()).isFalse();
		assertThat(launcherHasFocus()).as("Escape returns focus to the launcher").isTrue();
	}

	private static boolean launcherHasFocus() {
		return Boolean.TRUE.equals(browser.executeScript("var r = document.getElementById('rathausbot-widget');"
				+ " return document.activeElement === r && r.shadowRoot.activeElement !== null"
				+ " && r.shadowRoot.activeElement.classList.contains('launcher');"));
	}

	@Test
	void fillsTheScreenOfAPhone() {
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 780));
		try {
			open();
			assertThat(browser.executeScript("var p = document.getElementById('rathausbot-widget').shadowRoot"
					+ ".querySelector('.panel').getBoundingClientRect(); var v = document.documentElement;"
					+ " return [p.left, p.top, Math.round(p.width) - v.clientWidth, Math.round(p.height) - v.clientHeight];"))
				.as("left, top, width and height compared with the viewport")
				.isEqualTo(List.of(0L, 0L, 0L, 0L));
		}
		finally {
			browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
		}
	}

	@Test
	void showsMarkupInAMessageAsText() {
		open();
		String attack = "<img src=x onerror=\"window.__xss=1\"><b>fett</b>";

		ask(attack);

		assertThat(all(".msg.user").get(0).getText()).contains(attack);
		assertThat(all("img")).isEmpty();
		assertThat(all(".msg.user b")).isEmpty();
		assertThat(browser.executeScript("return window.__xss === undefined")).isEqualTo(true);
	}

	@Test
	void hasNoSeriousOrCriticalAccessibilityViolations() {
		open();
		ask("Wann hat das Rathaus geöffnet?");
		assertThat(HeadlessChromium.seriousAccessibilityViolations(browser)).isEmpty();
	}

	@Test
	void tellsWhenTheServerIsUnreachableAndRetries() {
		open();
		ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
		offline.setOffline(true);
		browser.setNetworkConditions(offline);

		WebElement problem = ask("Was kostet ein Reisepass?");

		assertThat(problem.getText()).contains("nicht erreichbar");
		browser.setNetworkConditions(new ChromiumNetworkConditions());
		int before = all(".msg.bot").size();
		problem.findElement(By.cssSelector(".retry")).click();
		waitFor(() -> all(".msg.bot").size() >= before && find(".log").getText().contains("70,00"));
		assertThat(find(".log").getText()).doesNotContain("nicht erreichbar");
	}

}
