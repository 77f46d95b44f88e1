package de.rathausbot.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import de.rathausbot.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live chat end to end in two browsers: a citizen in the widget of the demo page and a
 * staff member in the workspace. The offer, the queue, taking over, messages both ways
 * while the bot is silent, handing back, and the bot answering again. Takes the README's
 * screenshot of the live-chat page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:live-chat-browser;DB_CLOSE_DELAY=-1",
		"rathausbot.clock.fixed=2026-11-30T10:00:00+01:00" })
@DirtiesContext
class LiveChatBrowserTests extends BrowserTestSupport {

	private static ChromeDriver citizen;

	@BeforeAll
	static void startCitizensBrowser() {
		citizen = HeadlessChromium.start();
	}

	@AfterAll
	static void stopCitizensBrowser() {
		if (citizen != null) {
			citizen.quit();
		}
	}

	private static SearchContext widget() {
		return citizen.findElement(By.id("rathausbot-widget")).getShadowRoot();
	}

	private static List<WebElement> inWidget(String css) {
		return widget().findElements(By.cssSelector(css));
	}

	private static void citizenWaitsFor(java.util.function.BooleanSupplier condition) {
		new WebDriverWait(citizen, Duration.ofSeconds(20)).until(d -> condition.getAsBoolean());
	}

	private static void citizenWrites(String text) {
		WebElement input = widget().findElement(By.cssSelector("#rb-input"));
		input.sendKeys(text);
		input.sendKeys(Keys.ENTER);
	}

	private static String lastBotText() {
		List<WebElement> answers = inWidget(".msg.bot");
		return answers.isEmpty() ? "" : answers.get(answers.size() - 1).getText();
	}

	/** Clicks a button of the page, again if the page drew itself anew meanwhile. */
	private static void clickWhenStill(String text) {
		waitFor(() -> {
			clickButton(text);
			return true;
		});
	}

	@Test
	void aCitizenAndAStaffMemberChatUntilTheConversationIsHandedBackToTheBot() throws IOException {
		signIn("admin", "test-admin-password");
		browser.get("http://localhost:" + this.port + "/admin/#live-chat");
		waitFor(() -> present("#live-available"));
		find("#live-available").click();
		waitFor(() -> find("#main [role=status]").getText().contains("1 erreichbar"));

		citizen.get("http://localhost:" + this.port + "/");
		citizenWaitsFor(() -> !citizen.findElements(By.id("rathausbot-widget")).isEmpty());
		widget().findElement(By.cssSelector(".launcher")).click();
		citizenWrites("Ich möchte mit einem Menschen sprechen");
		citizenWaitsFor(() -> inWidget(".quick button").stream().anyMatch(b -> b.getText().contains("chatten")));
		inWidget(".quick button").stream().filter(b -> b.getText().contains("chatten")).findFirst().get().click();
		citizenWaitsFor(() -> lastBotText().contains("Warteschlange"));

		waitFor(() -> present(".live-chat.waiting"));
		assertThat(find(".live-chat.waiting").getText()).contains("Ich möchte mit einem Menschen sprechen", "Website");
		clickWhenStill("Gespräch übernehmen");
		waitFor(() -> present(".live-chat.active textarea"));
		citizenWaitsFor(
				() -> inWidget(".msg.live").stream().anyMatch(m -> m.getText().contains("ist jetzt für Sie da")));

		int botAnswers = inWidget(".msg.bot:not(.live)").size();
		citizenWrites("Ich habe eine Frage zu meinem Bauantrag");
		waitFor(() -> find(".live-chat.active").getText().contains("Ich habe eine Frage zu meinem Bauantrag"));
		assertThat(inWidget(".msg.bot:not(.live)")).as("the bot stays silent").hasSize(botAnswers);

		waitFor(() -> {
			find(".live-chat.active textarea").sendKeys("Gern – welche Nummer hat Ihr Antrag?");
			return true;
		});
		clickWhenStill("Senden");
		citizenWaitsFor(() -> inWidget(".msg.live[data-from=staff]").stream()
			.anyMatch(m -> m.getText().contains("welche Nummer hat Ihr Antrag?")));
		assertThat(inWidget(".msg.live[data-from=staff]").get(0).getText())
			.startsWith("Mitarbeiterin / Mitarbeiter der Stadt");
		Path screenshot = Path.of("target/screenshots/live-chat.png");
		Files.createDirectories(screenshot.getParent());
		browser.executeScript("document.activeElement.blur()");
		Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));

		clickWhenStill("An den Bot zurückgeben");
		citizenWaitsFor(() -> lastBotText().contains("Ich beantworte wieder Ihre Fragen"));
		citizenWrites("Was kostet ein Reisepass?");
		citizenWaitsFor(() -> lastBotText().contains("70,00"));
		assertThat(HeadlessChromium.contentSecurityPolicyViolations(citizen)).isEmpty();
		assertThat(HeadlessChromium.scriptErrors(citizen)).isEmpty();
	}

}
