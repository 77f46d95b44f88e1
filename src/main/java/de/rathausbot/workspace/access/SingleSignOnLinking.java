package de.rathausbot.workspace.access;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A staff member signed in with their password links their account at the city's identity
 * provider themselves: the workspace posts here, the browser signs in at the provider,
 * and {@link SingleSignOn} links the account it comes back with. From then on they may
 * sign in either way.
 */
@Controller
class SingleSignOnLinking {

	private final ObjectProvider<ClientRegistrationRepository> identityProviders;

	SingleSignOnLinking(ObjectProvider<ClientRegistrationRepository> identityProviders) {
		this.identityProviders = identityProviders;
	}

	@PostMapping("/admin/sso/link/{registrationId}")
	void link(@PathVariable String registrationId, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		ClientRegistrationRepository providers = this.identityProviders.getIfAvailable();
		if (providers == null || providers.findByRegistrationId(registrationId) == null) {
			response.sendError(HttpStatus.NOT_FOUND.value(), "no identity provider '" + registrationId + "'");
			return;
		}
		if (!OwnAccountController.isPasswordSignIn(authentication)) {
			response.sendError(HttpStatus.CONFLICT.value(), "sign in with your password to link an account");
			return;
		}
		request.getSession().setAttribute(SingleSignOn.LINK_REQUEST, authentication.getName());
		response.sendRedirect("/oauth2/authorization/" + registrationId);
	}

}
