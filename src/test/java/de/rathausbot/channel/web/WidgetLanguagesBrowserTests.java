package de.rathausbot.channel.web;

import java.time.Duration;

import de.rathausbot.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The widget's own texts in the languages it ships (data-lang or the page's language):
 * Arabic right to left, mirrored to the page's other side, axe clean; a language it has
 * no texts for falls back to German.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class WidgetLanguagesBrowserTests {

	private static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = HeadlessChromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	/** A page of the bot without a widget, then the widget embedded in that language. */
	private void embed(String lang) {
		browser.get("http://localhost:" + this.port + "/embed.html");
		browser.executeScript("sessionStorage.clear(); var s = document.createElement('script');"
				+ " s.src = '/widget.js'; s.dataset.lang = arguments[0]; s.dataset.title = 'Frag Ludwigsburg';"
				+ " document.body.appendChild(s);", lang);
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(d -> !d.findElements(By.id("rathausbot-widget")).isEmpty());
	}

	private static SearchContext widget() {
		return browser.findElement(By.id("rathausbot-widget")).getShadowRoot();
	}

	private static WebElement find(String css) {
		return widget().findElement(By.cssSelector(css));
	}

	@Test
	void arabicIsWrittenRightToLeftOnTheOtherSideOfThePage() {
		embed("ar");
		find(".launcher").click();

		WebElement panel = find(".panel");
		assertThat(panel.getDomAttribute("dir")).isEqualTo("rtl");
		assertThat(panel.getDomAttribute("lang")).isEqualTo("ar");
		assertThat(find("form button[type=submit]").getText()).isEqualTo("إرسال");
		assertThat(find(".head .reset").getText()).isEqualTo("محادثة جديدة");
		long width = (Long) browser.executeScript("return window.innerWidth");
		assertThat(panel.getRect().getX()).as("on the left").isLessThan((int) (width / 2));
		assertThat(find(".launcher").getRect().getX()).isLessThan((int) (width / 2));
		assertThat((String) browser.executeScript("return getComputedStyle(arguments[0]).direction", panel))
			.isEqualTo("rtl");
		assertThat(HeadlessChromium.seriousAccessibilityViolations(browser)).isEmpty();
		assertThat(HeadlessChromium.scriptErrors(browser)).isEmpty();
	}

	@Test
	void turkishAndUkrainianHaveTheirOwnTextsAndAnUnknownLanguageFallsBackToGerman() {
		embed("tr");
		find(".launcher").click();
		assertThat(find("form button[type=submit]").getText()).isEqualTo("Gönder");
		assertThat(find(".panel").getDomAttribute("dir")).isEqualTo("ltr");

		embed("uk");
		find(".launcher").click();
		assertThat(find("form button[type=submit]").getText()).isEqualTo("Надіслати");

		embed("fr");
		find(".launcher").click();
		assertThat(find("form button[type=submit]").getText()).isEqualTo("Senden");
		long width = (Long) browser.executeScript("return window.innerWidth");
		assertThat(find(".panel").getRect().getX()).as("on the right").isGreaterThan((int) (width / 2) - 200);
	}

	@Test
	void theLeichteSprachePageAndTheAccessibilityStatementTemplateAreThereAndAxeClean() {
		browser.get("http://localhost:" + this.port + "/leichte-sprache.html");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Der Chat-Assistent in Leichter Sprache");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Der Chat-Assistent ist kein Mensch");
		assertThat(HeadlessChromium.seriousAccessibilityViolations(browser)).isEmpty();

		browser.findElement(By.linkText("Barriere-Freiheit")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> d.getCurrentUrl().endsWith("/barrierefreiheit.html"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Erklärung zur Barrierefreiheit");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("Schlichtungsverfahren",
				"Barrieren melden");
		assertThat(HeadlessChromium.seriousAccessibilityViolations(browser)).isEmpty();
	}

	@Test
	void theLeichteSpracheSwitchAsksForAnswersInLeichteSprache() {
		embed("de");
		find(".launcher").click();
		WebElement easy = find(".head .easy");
		assertThat(easy.getDomAttribute("aria-pressed")).isEqualTo("false");

		easy.click();
		assertThat(find(".head .easy").getDomAttribute("aria-pressed")).isEqualTo("true");
		WebElement input = find("#rb-input");
		input.sendKeys("Ich möchte mit einem Menschen sprechen");
		input.sendKeys(org.openqa.selenium.Keys.ENTER);

		new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> widget().findElements(By.cssSelector(".msg.bot"))
			.stream()
			.anyMatch(m -> m.getText().contains("Sie möchten mit einem Menschen sprechen?")));
		assertThat(HeadlessChromium.seriousAccessibilityViolations(browser)).isEmpty();
	}

}
