package de.rathausbot.workspace;

import java.time.Duration;
import java.util.function.BooleanSupplier;

import de.rathausbot.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless browser per test class of the workspace, signing in and finding, waiting
 * for and clicking what a staff member sees. Every test ends without a
 * Content-Security-Policy refusal.
 */
abstract class BrowserTestSupport {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		browser = HeadlessChromium.start();
	}

	@AfterEach
	void nothingWasRefusedByTheContentSecurityPolicy() {
		if (browser != null) {
			assertThat(HeadlessChromium.contentSecurityPolicyViolations(browser)).isEmpty();
		}
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	void signIn(String username, String password) {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + this.port + "/admin/");
		waitFor(() -> present("#username"));
		find("#username").sendKeys(username);
		find("#password").sendKeys(password);
		find("button[type=submit]").click();
		waitFor(() -> find("#who").getText().contains(username));
	}

	static void waitFor(BooleanSupplier condition) {
		// a page may draw itself again while it is read (the live-chat page does)
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(d -> condition.getAsBoolean());
	}

	static WebElement find(String css) {
		return browser.findElement(By.cssSelector(css));
	}

	static boolean present(String css) {
		return !browser.findElements(By.cssSelector(css)).isEmpty();
	}

	/**
	 * Clicks the button of the page (not of the header) whose text contains the given
	 * one.
	 */
	static void clickButton(String text) {
		browser.findElements(By.cssSelector("#main button"))
			.stream()
			.filter(b -> b.getText().contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no button '" + text + "'"))
			.click();
	}

}
