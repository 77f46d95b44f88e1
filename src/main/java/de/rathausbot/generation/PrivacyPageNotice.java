package de.rathausbot.generation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The privacy page template ({@code /datenschutz.html}) names the city's language model
 * as a processor when one is configured: where it runs, and that it receives only the
 * question without personal data and public passages of the city's pages.
 */
@RestController
class PrivacyPageNotice {

	static final String MARKER = "<!-- rathausbot:language-model";

	private final String page;

	PrivacyPageNotice(GenerationProperties settings) {
		String template = template();
		this.page = settings.enabled() ? withNotice(template, settings) : template;
	}

	@GetMapping(path = "/datenschutz.html", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> page() {
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.body(this.page);
	}

	private static String withNotice(String template, GenerationProperties settings) {
		int at = template.indexOf(MARKER);
		if (at < 0) {
			return template;
		}
		String notice = """
				<h2>Automatisch formulierte Antworten</h2>
				    <p>Findet der Assistent die Antwort auf einer Seite der Stadt, kann er sie von einem Sprachmodell
				      zusammenfassen lassen. Das Sprachmodell (%s) läuft bei <strong>%s</strong> – als Auftragsverarbeiter
				      der Stadt (bitte den Anbieter und den Vertrag hier nennen). Es erhält nur Ihre Frage, aus der vorher
				      E-Mail-Adressen, Telefonnummern, IBAN, Steuer-Identifikationsnummern, Geburtsdaten und Anschriften
				      entfernt wurden, und öffentliche Textstellen der Seiten der Stadt; keine Gesprächsnummer, keine
				      früheren Nachrichten. Jede Zahl, jedes Datum und jeder Link in seiner Antwort wird vor dem Anzeigen
				      mit diesen Textstellen verglichen; solche Antworten sind als „automatisch aus den Seiten der Stadt
				      zusammengefasst“ gekennzeichnet und nennen ihre Quellen.</p>
				    """
			.formatted(HtmlUtils.htmlEscape(settings.model()), HtmlUtils.htmlEscape(settings.endpoint()));
		return template.substring(0, at) + notice + template.substring(at);
	}

	private static String template() {
		try {
			return new String(new ClassPathResource("static/datenschutz.html").getContentAsByteArray(),
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("the privacy page template static/datenschutz.html is missing", ex);
		}
	}

}
