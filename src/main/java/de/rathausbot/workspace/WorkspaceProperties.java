package de.rathausbot.workspace;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in of the staff.
 *
 * @param username the first administrator, created at the first start
 * @param password that administrator's password (env {@code RATHAUSBOT_ADMIN_PASSWORD});
 * empty = a random one, written to {@code initialPasswordFile} and to be changed at the
 * first sign-in
 * @param initialPasswordFile where a generated first password is kept until it is changed
 * @param maxFailedLogins failed sign-ins in a row after which a user name is locked
 * @param lockout how long it stays locked
 * @param sso how users signed in through OpenID Connect get their roles
 * @param publicApiDocs whether the OpenAPI description ({@code /v3/api-docs},
 * {@code /swagger-ui.html}) is public; else for signed-in staff only
 */
@Validated
@ConfigurationProperties("rathausbot.admin")
public record WorkspaceProperties(@DefaultValue("admin") String username, @DefaultValue("") String password,
		@DefaultValue("data/initial-admin-password") Path initialPasswordFile,
		@DefaultValue("5") @Min(1) int maxFailedLogins, @DefaultValue("5m") Duration lockout, @DefaultValue Sso sso,
		@DefaultValue("false") boolean publicApiDocs) {

	/**
	 * Single sign-on (the identity provider itself is configured under
	 * {@code spring.security.oauth2.client.*}).
	 *
	 * @param usernameClaim the ID-token claim that is the staff user name
	 * @param groupsClaim the claim listing the user's groups or roles at the provider
	 * @param editorGroups groups whose members are editors
	 * @param adminGroups groups whose members are administrators
	 */
	public record Sso(@DefaultValue("preferred_username") String usernameClaim,
			@DefaultValue("groups") String groupsClaim, @DefaultValue("") List<String> editorGroups,
			@DefaultValue("") List<String> adminGroups) {

	}

	/** Without the password: properties end up in logs and error reports. */
	@Override
	public String toString() {
		return "WorkspaceProperties[username=" + this.username + ", password=" + (this.password.isEmpty() ? "" : "***")
				+ ", initialPasswordFile=" + this.initialPasswordFile + ", maxFailedLogins=" + this.maxFailedLogins
				+ ", lockout=" + this.lockout + ", sso=" + this.sso + "]";
	}

}
