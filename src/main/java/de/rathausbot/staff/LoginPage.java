package de.rathausbot.staff;

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
			@RequestParam(required = false) String logout) {
		String notice = error != null
				? "<p class=\"error\" role=\"alert\">Anmeldung fehlgeschlagen: Benutzername oder Passwort falsch, "
						+ "oder nach zu vielen Versuchen für einige Minuten gesperrt.</p>"
				: logout != null ? "<p role=\"status\">Sie sind abgemeldet.</p>" : "";
		return """
				<!DOCTYPE html>
				<html lang="de">
				<head>
				  <meta charset="utf-8">
				  <meta name="viewport" content="width=device-width, initial-scale=1">
				  <title>Anmelden – Rathausbot Arbeitsbereich</title>
				  <style>
				    body { font-family: system-ui, sans-serif; max-width: 26rem; margin: 3rem auto; padding: 0 1rem; color: #1a1a1a; }
				    label { display: block; margin-top: 1rem; font-weight: 600; }
				    input { width: 100%%; padding: .5rem; font-size: 1rem; border: 1px solid #767b84; border-radius: 4px; box-sizing: border-box; }
				    button { margin-top: 1.5rem; padding: .6rem 1.2rem; font-size: 1rem; background: #00457e; color: #fff; border: 0; border-radius: 4px; }
				    :focus-visible { outline: 3px solid #00457e; outline-offset: 2px; }
				    .error { color: #8a0018; }
				  </style>
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
				"""
			.formatted(notice, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()),
					singleSignOnLinks());
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
