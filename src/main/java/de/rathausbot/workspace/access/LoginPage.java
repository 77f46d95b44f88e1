package de.rathausbot.workspace.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** The German sign-in page of the workspace, with its CSRF token. */
@RestController
class LoginPage {

	private final ObjectProvider<ClientRegistrationRepository> identityProviders;

	LoginPage(ObjectProvider<ClientRegistrationRepository> identityProviders) {
		this.identityProviders = identityProviders;
	}

	@GetMapping(path = "/admin/login", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String login(CsrfToken csrf, @RequestParam(required = false) String error,
			@RequestParam(required = false) String logout, @RequestParam(required = false) String ended) {
		String notice = error != null
				? "<p class=\"error\" role=\"alert\">Anmeldung fehlgeschlagen: Benutzername oder Passwort falsch, "
						+ "oder nach zu vielen Versuchen für einige Minuten gesperrt.</p>"
				: logout != null ? "<p role=\"status\">Sie sind abgemeldet.</p>"
						: ended != null ? "<p role=\"status\">Ihre Sitzung wurde beendet, weil Ihr Konto geändert "
								+ "oder entfernt wurde. Bitte melden Sie sich erneut an.</p>" : "";
		return """
				<!DOCTYPE html>
				<html lang="de">
				<head>
				  <meta charset="utf-8">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>Anmelden – Rathausbot Arbeitsbereich</title>
				  <link rel="stylesheet" href="/admin/login.css">
				</head>
				<body>
				  <main>
				    <h1>Rathausbot – Arbeitsbereich</h1>
				    %s
				    <form method="post" action="/admin/login">
				      <label for="username">Benutzername</label>
				      <input id="username" name="username" autocomplete="username" required>
				      <label for="password">Passwort</label>
				      <input id="password" name="password" type="password" autocomplete="current-password" required>
				      <input type="hidden" name="%s" value="%s">
				      <button type="submit">Anmelden</button>
				    </form>
				    %s
				  </main>
				</body>
				</html>
				""".formatted(notice, HtmlUtils.htmlEscape(csrf.getParameterName()),
				HtmlUtils.htmlEscape(csrf.getToken()), singleSignOnLinks());
	}

	/** One link per configured identity provider. */
	private String singleSignOnLinks() {
		if (!(this.identityProviders.getIfAvailable() instanceof Iterable<?> registrations)) {
			return "";
		}
		StringBuilder links = new StringBuilder("<h2>Oder mit dem Konto der Stadtverwaltung</h2><ul>");
		for (Object registration : registrations) {
			ClientRegistration provider = (ClientRegistration) registration;
			links.append("<li><a href=\"/oauth2/authorization/")
				.append(HtmlUtils.htmlEscape(provider.getRegistrationId()))
				.append("\">Anmelden mit ")
				.append(HtmlUtils.htmlEscape(provider.getClientName()))
				.append("</a></li>");
		}
		return links.append("</ul>").toString();
	}

}
