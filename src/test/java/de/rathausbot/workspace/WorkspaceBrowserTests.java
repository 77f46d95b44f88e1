package de.rathausbot.workspace;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import de.rathausbot.HeadlessChromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The staff workspace in a real browser: sign in, add an example to an intent, ask the
 * bot in the try-it panel and see it answered with that intent, restore the previous
 * version; a malformed save is shown at its field; a change that breaks a test question
 * is shown and saved only on insistence; editors do not manage users; no serious
 * accessibility violations. Runs on a database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:workspace-browser;DB_CLOSE_DELAY=-1")
@DirtiesContext
class WorkspaceBrowserTests extends BrowserTestSupport {

	private static final String NEW_EXAMPLE = "Wo gebe ich eine gefundene Geldbörse ab?";

	private void signIn() {
		signIn("admin", "test-admin-password");
	}

	@Test
	void everyPageOfTheWorkspaceOpensWithoutAScriptError() {
		signIn();
		String base = browser.getCurrentUrl().replaceAll("#.*$", "");
		Map<String, String> pages = new java.util.LinkedHashMap<>();
		pages.put("#inbox", "h2");
		pages.put("#intents", "#intent-search");
		pages.put("#intents/neu", "#f-id");
		pages.put("#knowledge/services", "h2");
		pages.put("#knowledge/services/reisepass", ".versions");
		pages.put("#knowledge/pages", "h2");
		pages.put("#tests", "h2");
		pages.put("#analytics", "canvas");
		pages.put("#users", "#f-username");
		pages.put("#konto", "#f-currentPassword");
		pages.put("#erste-schritte", "#embed-code");
		pages.put("#knowledge/contacts/rathaus", "#hours-now");
		pages.put("#knowledge/events/stadtfuehrung-barockstadt", "#series-preview li");
		pages.put("#knowledge/faq", "h2");
		pages.put("#knowledge/pages/living-lab", "#f-text");
		pages.put("#intents/personalausweis", "#f-examples");
		de.rathausbot.HeadlessChromium.scriptErrors(browser);
		pages.forEach((page, shown) -> {
			browser.get(base + page);
			browser.navigate().refresh();
			waitFor(() -> present(shown));
			assertThat(de.rathausbot.HeadlessChromium.scriptErrors(browser)).as(page).isEmpty();
			assertThat(HeadlessChromium.seriousAccessibilityViolations(browser)).as(page).isEmpty();
		});
	}

	@Test
	void anIntentIsCreatedWithTheKeyboardOnly() {
		signIn();
		browser.get(browser.getCurrentUrl().replaceAll("#.*$", "") + "#intents");
		browser.navigate().refresh();
		waitFor(() -> present("#intent-search"));
		// the skip link, then past the search to the link to a new intent
		keys(Keys.TAB);
		assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Zum Inhalt springen");
		keys(Keys.ENTER);
		waitFor(() -> present("#intent-search"));
		for (int i = 0; i < 10 && !"Neues Intent anlegen".equals(browser.switchTo().activeElement().getText()); i++) {
			keys(Keys.TAB);
		}
		keys(Keys.ENTER);
		waitFor(() -> present("#f-id"));
		tabTo("f-id");
		type("hundesteuer");
		tabTo("f-title");
		type("Hundesteuer");
		tabTo("f-examples");
		type(String.join("\n", "Was kostet die Hundesteuer?", "Wie hoch ist die Hundesteuer?",
				"Muss ich meinen Hund anmelden?", "Hund anmelden", "Hundesteuer bezahlen", "Hundesteuer Ludwigsburg",
				"Wo melde ich meinen Hund an?", "Hundemarke beantragen"));
		tabTo("f-answer");
		type("Die Hundesteuer beträgt 108 € im Jahr für den ersten Hund. Melden Sie Ihren Hund bei der Stadtkasse an.");
		for (int i = 0; i < 15 && !"Speichern".equals(browser.switchTo().activeElement().getText()); i++) {
			keys(Keys.TAB);
		}
		keys(Keys.ENTER);
		waitFor(() -> find("#status").getText().contains("gespeichert"));
		assertThat(tryIt("Was kostet die Hundesteuer?")).isEqualTo("hundesteuer");
	}

	@Test
	void theIntentEditorShowsHowTheBotWouldAnswerBeforeSaving() {
		signIn();
		openIntent("rathaus-kontakt");
		find("#f-examples").sendKeys("\nWas kostet ein Reisepass?");
		waitFor(() -> find("#examples-check").getText().contains("beantwortet der Bot heute mit"));
		assertThat(find("#examples-check").getText()).contains("„Was kostet ein Reisepass?“");
		clickButton("So antwortet der Bot");
		waitFor(() -> present("#intent-preview .md-preview"));
		assertThat(find("#intent-preview").getText()).contains("So antwortet der Bot mit dieser Änderung");
		assertThat(browser.findElements(By.cssSelector("#intent-preview .md-preview"))).hasSizeGreaterThan(1);
		assertThat(HeadlessChromium.seriousAccessibilityViolations(browser)).isEmpty();
	}

	/** Tabs forward to the control with that id (at most 15 steps). */
	private static void tabTo(String id) {
		for (int i = 0; i < 15 && !id.equals(browser.switchTo().activeElement().getAttribute("id")); i++) {
			keys(Keys.TAB);
		}
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo(id);
	}

	private static void keys(CharSequence... keys) {
		new org.openqa.selenium.interactions.Actions(browser).sendKeys(keys).perform();
	}

	private static void type(String text) {
		new org.openqa.selenium.interactions.Actions(browser).sendKeys(text).perform();
	}

	/** Loads the workspace with an intent's editor. */
	private static void openIntent(String id) {
		browser.get(browser.getCurrentUrl().replaceAll("#.*$", "") + "#intents/" + id);
		// a freshly loaded page, even where only the fragment changed
		browser.navigate().refresh();
		waitFor(() -> present("#f-examples") && present(".versions li"));
	}

	/** Asks in the try-it panel; returns the intent it was answered with. */
	private static String tryIt(String question) {
		WebElement input = find("#try-text");
		input.clear();
		input.sendKeys(question);
		find("#try-form button").click();
		// the click replaces the previous result at once ("Der Bot überlegt …")
		waitFor(() -> present("#try-intent"));
		return find("#try-intent").getText();
	}

	private static void save() {
		find("#main form button[type=submit]").click();
	}

	@Test
	void anEditorAddsAnExampleTriesItAndRestoresThePreviousVersion() throws IOException {
		signIn();
		String before = tryIt(NEW_EXAMPLE);
		assertThat(before).isNotEqualTo("rathaus-kontakt");

		openIntent("rathaus-kontakt");
		WebElement examples = find("#f-examples");
		examples.sendKeys("\n" + NEW_EXAMPLE);
		save();
		waitFor(() -> find("#status").getText().contains("gespeichert"));
		assertThat(find("#status").getText()).contains("Version 2").contains("Der Bot antwortet ab sofort damit");

		assertThat(tryIt(NEW_EXAMPLE)).isEqualTo("rathaus-kontakt");
		assertThat(find("#try-result table").getText()).contains("rathaus-kontakt").contains("tfidf");
		browser.executeScript("window.scrollTo(0, 0)");
		Path screenshot = Path.of("target/screenshots/workspace.png");
		Files.createDirectories(screenshot.getParent());
		Files.write(screenshot, browser.getScreenshotAs(OutputType.BYTES));

		openIntent("rathaus-kontakt");
		assertThat(find("#f-examples").getAttribute("value")).contains(NEW_EXAMPLE);
		find(".versions details summary").click();
		assertThat(find(".versions .diff .add").getText()).contains(NEW_EXAMPLE);
		clickButton("Version 1 wiederherstellen");
		waitFor(() -> find("#status").getText().contains("Wiederhergestellt"));
		waitFor(() -> present("#f-examples") && !find("#f-examples").getAttribute("value").contains(NEW_EXAMPLE));
		assertThat(tryIt(NEW_EXAMPLE)).isNotEqualTo("rathaus-kontakt");
	}

	@Test
	void aMalformedSaveIsShownAtItsFieldAndNothingIsLost() {
		signIn();
		openIntent("reisepass");
		String examples = find("#f-examples").getAttribute("value");
		find("#f-examples").clear();
		find("#f-examples").sendKeys("Nur ein Beispiel");
		save();
		waitFor(() -> present("#f-examples-error") && find("#f-examples-error").isDisplayed());
		assertThat(find("#f-examples-error").getText()).contains("Beispielfragen");
		assertThat(find("#f-examples").getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("f-examples");

		openIntent("reisepass");
		assertThat(find("#f-examples").getAttribute("value")).isEqualTo(examples);
		assertThat(browser.findElements(By.cssSelector(".versions li"))).hasSize(1);
	}

	@Test
	void aChangeThatBreaksATestQuestionIsShownAndSavedOnlyWhenTheEditorInsists() {
		signIn();
		openIntent("begruessung");
		clickButton("Löschen");
		browser.switchTo().alert().accept();
		waitFor(() -> present(".notice.problem"));
		assertThat(find(".notice.problem").getText()).contains("„Hallo“").contains("erwartet: begruessung");
		clickButton("Weiter bearbeiten");
		openIntent("begruessung");
		assertThat(find("#main h2").getText()).contains("Intent bearbeiten");

		clickButton("Löschen");
		browser.switchTo().alert().accept();
		waitFor(() -> present(".notice.problem"));
		clickButton("Trotzdem speichern");
		waitFor(() -> find("#status").getText().contains("gelöscht"));

		waitFor(() -> present(".versions button"));
		clickButton("Version 1 wiederherstellen");
		waitFor(() -> find("#status").getText().contains("Wiederhergestellt"));
		assertThat(tryIt("Hallo")).isEqualTo("begruessung");
	}

	@Test
	void anEditorDoesNotManageUsers() throws Exception {
		HttpResponse<String> created = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/admin/users"))
				.header("Authorization", StaffSignIn.ADMIN)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(
						"{\"username\": \"redaktion\", \"password\": \"redaktion-passwort\", \"roles\": [\"EDITOR\"]}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).isEqualTo(201);

		signIn("redaktion", "redaktion-passwort");
		assertThat(find("#who").getText()).contains("EDITOR").doesNotContain("ADMIN");
		assertThat(find("#nav-users").isDisplayed()).isFalse();
		browser.get(browser.getCurrentUrl().replaceAll("#.*$", "") + "#users");
		waitFor(() -> find("#main").getText().contains("Nur Administratoren"));
	}

	@Test
	void anEditorAnswersAQuestionFromTheInboxWithOneClick() throws Exception {
		String question = "Welche Papiere brauche ich für einen Urlaub in Thailand";
		HttpResponse<String> asked = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/chat"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + question + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(asked.statusCode()).isEqualTo(200);
		signIn();
		assertThat(tryIt(question)).isNotEqualTo("reisepass");

		browser.get(browser.getCurrentUrl().replaceAll("#.*$", "") + "#inbox");
		waitFor(() -> present(".inbox-item"));
		WebElement item = browser.findElements(By.cssSelector(".inbox-item"))
			.stream()
			.filter(i -> i.getText().contains(question))
			.findFirst()
			.orElseThrow();
		new org.openqa.selenium.support.ui.Select(item.findElement(By.cssSelector("select")))
			.selectByValue("reisepass");
		item.findElement(By.cssSelector("form button[type=submit]")).click();

		waitFor(() -> find("#status").getText().contains("Beispielfrage hinzugefügt"));
		waitFor(() -> !find("#main").getText().contains(question));
		assertThat(tryIt(question)).isEqualTo("reisepass");
		assertThat(HeadlessChromium.seriousAccessibilityViolations(browser)).isEmpty();
	}

	@Test
	void theAnalyticsPageShowsTheNumbersAndAChart() throws Exception {
		HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/chat"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Was kostet ein Reisepass?\"}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		signIn();
		browser.get(browser.getCurrentUrl().replaceAll("#.*$", "") + "#analytics");
		waitFor(() -> present(".figures"));
		assertThat(find(".figures").getText()).contains("Nachrichten").contains("beantwortet");
		assertThat(browser.executeScript("return !!window.Chart && !!Chart.getChart('an-chart')")).isEqualTo(true);
		assertThat(find("#main a[href^='/api/admin/analytics.csv']").getAttribute("href")).contains("from=");
		assertThat(HeadlessChromium.seriousAccessibilityViolations(browser)).isEmpty();
	}

	@Test
	void theWorkspaceHasNoSeriousOrCriticalAccessibilityViolations() {
		signIn();
		openIntent("personalausweis");
		tryIt("Was kostet ein Perso?");
		assertThat(HeadlessChromium.seriousAccessibilityViolations(browser)).isEmpty();
		browser.get(browser.getCurrentUrl().replaceAll("#.*$", "") + "#tests");
		waitFor(() -> present("#main table"));
		assertThat(HeadlessChromium.seriousAccessibilityViolations(browser)).isEmpty();
	}

}
