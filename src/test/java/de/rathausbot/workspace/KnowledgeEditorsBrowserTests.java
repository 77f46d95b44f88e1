package de.rathausbot.workspace;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.rathausbot.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge editors as a clerk uses them, in a real browser: a contact with opening
 * hours entered in the weekly form only, answered "open"/"closed" at fixed clocks; a
 * monthly event with one exception from the recurrence builder, in its {@code .ics}; a
 * fee with a wrong amount shown at its field; no JSON and no code field names; no serious
 * accessibility violation. Takes the README's screenshots of the three editors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:knowledge-editors;DB_CLOSE_DELAY=-1")
@DirtiesContext
class KnowledgeEditorsBrowserTests extends BrowserTestSupport {

	/** Words of the stored form that a clerk must not meet in the normal editors. */
	private static final List<String> CODE_WORDS = List.of("JSON", "feeNote", "processingTime", "openingHours",
			"synonyms", "summary", "postalCode", "RRULE", "FREQ=", "{\"");

	@AfterEach
	void noScriptFailed() {
		if (browser != null) {
			assertThat(HeadlessChromium.scriptErrors(browser)).isEmpty();
		}
	}

	@Test
	void aContactsOpeningHoursEnteredInTheFormAreAnsweredAtFixedClocks() throws Exception {
		open("#knowledge/contacts/neu", "#f-name");
		find("#f-id").sendKeys("stadtbibliothek");
		find("#f-name").sendKeys("Stadtbibliothek Ludwigsburg");
		find("#f-synonyms").sendKeys("Stadtbibliothek\nBücherei");
		find("#f-address-street").sendKeys("Wilhelmstraße 9/1");
		find("#f-address-postalCode").sendKeys("71638");
		find("#f-address-city").sendKeys("Ludwigsburg");
		addTime("d0", "09:00", "12:00");
		addTime("d3", "09:00", "12:00");
		addTime("d3", "14:00", "18:00");
		waitFor(() -> find("#hours-preview").getText().contains("Montag 9–12 Uhr"));
		assertThat(find("#hours-preview").getText()).contains("Donnerstag 9–12 Uhr und 14–18 Uhr")
			.contains("an Feiertagen geschlossen");
		assertNoCodeWords();
		screenshot("contact-editor", "#f-openingHours");
		save();

		assertThat(get("/api/admin/knowledge/contacts/stadtbibliothek"))
			.contains("\"openingHours\":\"Mo 09:00-12:00; Th 09:00-12:00,14:00-18:00; PH off\"");
		assertThat(chat("Hat die Stadtbibliothek jetzt geöffnet?", "2026-11-30T10:00:00+01:00"))
			.contains("Stadtbibliothek")
			.contains("jetzt geöffnet");
		assertThat(chat("Hat die Stadtbibliothek jetzt geöffnet?", "2026-11-30T13:00:00+01:00"))
			.contains("geschlossen");
		assertThat(chat("Hat die Stadtbibliothek jetzt geöffnet?", "2026-12-03T15:00:00+01:00"))
			.contains("jetzt geöffnet");
	}

	@Test
	void aMonthlyEventWithOneExceptionFromTheBuilderIsInItsCalendarFile() throws Exception {
		open("#knowledge/events/neu", "#f-title");
		find("#f-id").sendKeys("repair-cafe");
		find("#f-title").sendKeys("Repair-Café im Bürgerhaus");
		setValue("#f-startDate", "2026-12-30");
		setValue("#f-startTime", "18:00");
		setValue("#f-endTime", "20:00");
		new Select(find("#f-freq")).selectByValue("MONTHLY");
		waitFor(() -> present("#f-position"));
		new Select(find("#f-position")).selectByValue("-1");
		new Select(find("#f-weekday")).selectByValue("WE");
		find("#f-location").sendKeys("Bürgerhaus, Ludwigsburg");
		clickButton("Ausfallenden Termin hinzufügen");
		setValue("#f-except-0-date", "2027-01-27");
		waitFor(() -> find("#series-preview").getText().contains("letzten Mittwoch"));
		waitFor(() -> find("#series-preview").getText().contains("24.02.2027"));
		assertThat(find("#series-preview").getText()).contains("30.12.2026").doesNotContain("27.01.2027");
		assertNoCodeWords();
		screenshot("event-editor", "#f-repeat");
		save();

		String ics = get("/api/knowledge/events/repair-cafe.ics");
		assertThat(ics).contains("RRULE:FREQ=MONTHLY;BYDAY=-1WE").contains("EXDATE").contains("20270127T180000");
	}

	@Test
	void aFeeWithAWrongAmountIsShownAtItsField() throws Exception {
		open("#knowledge/services/reisepass", "#f-fees-0-amount");
		assertThat(find("#f-contact").getAttribute("value")).contains("Bürgerbüro");
		assertNoCodeWords();
		screenshot("service-editor", "#f-fees");
		WebElement amount = find("#f-fees-0-amount");
		amount.clear();
		amount.sendKeys("siebzig");
		submit();
		waitFor(() -> find("#f-fees-0-amount-error").isDisplayed());
		assertThat(find("#f-fees-0-amount-error").getText()).contains("Betrag wie 37,00");
		assertThat(amount.getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("f-fees-0-amount");
		assertThat(get("/api/admin/knowledge/services/reisepass")).contains("70,00");
	}

	@Test
	void aTranslationWrittenInTheEditorAnswersQuestionsInThatLanguage() throws Exception {
		open("#knowledge/services/reisepass", "#f-translations-uk-name");
		waitFor(() -> present(".translation-status table"));
		assertThat(find(".translation-status").getText()).contains("Englisch (en) vollständig übersetzt")
			.contains("Ukrainisch (uk) nicht übersetzt")
			.contains("Leichte Sprache fehlt");
		assertThat(chat("Скільки коштує паспорт?", "2026-11-30T10:00:00+01:00")).as("before: no Ukrainian texts")
			.contains("\"fallback\":true");

		find("details.translation[lang=uk] > summary").click();
		find("#f-translations-uk-name").sendKeys("Закордонний паспорт (Reisepass)");
		find("#f-translations-uk-synonyms").sendKeys("паспорт\nзакордонний паспорт");
		find("#f-translations-uk-summary").sendKeys("Паспорт оформлюють особисто в Bürgerbüro.");
		find("#f-translations-uk-fees-0").sendKeys("від 24 років");
		find("#main form.editor > .actions button[type=submit]").click();
		waitFor(() -> present("#main form.editor .notice.problem"));
		assertThat(find("#main form.editor .notice.problem").getText()).as("one condition per fee")
			.contains("für jede Gebühr");
		find("#f-translations-uk-fees-1").sendKeys("до 24 років");
		assertNoCodeWords();
		screenshot("translation-editor", "details.translation[lang=uk]");
		save();

		assertThat(get("/api/admin/knowledge/services/reisepass")).contains("Закордонний паспорт (Reisepass)")
			.contains("\"en\":{");
		waitFor(() -> find(".translation-status").getText().contains("Ukrainisch (uk) teilweise übersetzt"));
		assertThat(find(".translation-status").getText()).contains("noch deutsch:", "Benötigte Unterlagen");
		String answer = chat("Скільки коштує паспорт?", "2026-11-30T10:00:00+01:00");
		assertThat(answer).contains("\"language\":\"uk\"")
			.contains("Закордонний паспорт (Reisepass)")
			.contains("70,00")
			.contains("від 24 років");
	}

	@Test
	void theEditorsHaveNoSeriousOrCriticalAccessibilityViolations() {
		for (String page : List.of("#knowledge/services/reisepass", "#knowledge/contacts/rathaus",
				"#knowledge/events/stadtfuehrung-barockstadt", "#knowledge/faq", "#knowledge/contacts/neu")) {
			open(page, "#main form, #main table");
			waitFor(() -> !present("#hours-preview") || !find("#hours-preview").getText().isEmpty());
			assertThat(HeadlessChromium.seriousAccessibilityViolations(browser)).as(page).isEmpty();
		}
	}

	@Test
	void hoursTheFormCannotExpressAreShownAndKept() throws Exception {
		String rule = get("/api/admin/knowledge/events/stadtfuehrung-barockstadt");
		assertThat(rule).contains("BYMONTH");
		open("#knowledge/events/stadtfuehrung-barockstadt", "#f-title");
		// the demo's rule (weekly on Saturdays, April to October) is one the builder
		// expresses
		assertThat(find("#f-freq").getAttribute("value")).isEqualTo("WEEKLY");
		assertThat(find("#f-byday-SA").isSelected()).isTrue();
		assertThat(find("#f-bymonth-4").isSelected()).isTrue();
	}

	// --- helpers

	private void open(String page, String shown) {
		if (!browser.getCurrentUrl().contains("/admin/")) {
			signIn("admin", "test-admin-password");
		}
		browser.get("http://localhost:" + this.port + "/admin/" + page);
		browser.navigate().refresh();
		waitFor(() -> present(shown));
	}

	private static void addTime(String day, String from, String to) {
		find("#add-" + day).click();
		List<WebElement> froms = browser.findElements(By.cssSelector("[id^='f-hours-" + day + "-'][id$='-from']"));
		String id = froms.get(froms.size() - 1).getAttribute("id");
		setValue("#" + id, from);
		setValue("#" + id.replace("-from", "-to"), to);
	}

	/**
	 * Date and time pickers take their value as the browser's own picker would set it.
	 */
	private static void setValue(String css, String value) {
		browser.executeScript("var e = document.querySelector(arguments[0]); e.value = arguments[1];"
				+ " e.dispatchEvent(new Event('input', {bubbles: true}));"
				+ " e.dispatchEvent(new Event('change', {bubbles: true}));", css, value);
	}

	/** Saves and waits for the outcome (saved, or not and why). */
	private static void submit() {
		browser.executeScript("document.getElementById('status').textContent = ''");
		find("#main form.editor > .actions button[type=submit]").click();
		waitFor(() -> find("#status").getText().contains("gespeichert"));
	}

	private static void save() {
		submit();
		assertThat(find("#status").getText()).doesNotContain("Nicht gespeichert");
	}

	private static void assertNoCodeWords() {
		String text = find("#main").getText();
		assertThat(CODE_WORDS).allSatisfy(word -> assertThat(text).doesNotContain(word));
		assertThat(browser.findElements(By.cssSelector("#main textarea"))
			.stream()
			.map(t -> t.getAttribute("value"))
			.filter(v -> v.strip().startsWith("{") || v.strip().startsWith("[{"))
			.toList()).isEmpty();
	}

	/** The window with the given field at its top, for the README. */
	private static void screenshot(String name, String css) throws IOException {
		browser.executeScript("document.activeElement.blur();"
				+ " document.querySelector(arguments[0]).scrollIntoView({block: 'start'})", css);
		Path file = Path.of("target/screenshots/" + name + ".png");
		Files.createDirectories(file.getParent());
		Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
	}

	private String get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Authorization", StaffSignIn.ADMIN)
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

	private String chat(String question, String now) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/chat"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + question + "\", \"now\": \"" + now + "\"}"))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
	}

}
