package de.rathausbot.tenant;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The tenants of an installation ({@code rathausbot.tenants}); none configured means one,
 * {@code default}, with the installation's settings.
 *
 * @param tenants the Landkreis and its Kommunen
 * @param defaultTenant the tenant of requests that name none (first configured one if
 * empty)
 */
@Validated
@ConfigurationProperties("rathausbot")
record TenantProperties(@DefaultValue List<@Valid Settings> tenants, @DefaultValue("") String defaultTenant) {

	/**
	 * @param id kebab-case id
	 * @param name "Stadt Kornwestheim"
	 * @param parent id of the tenant whose content this one inherits
	 * @param authority "Rathaus" (default) or "Landratsamt"
	 * @param intents intents folder
	 * @param knowledge knowledge folder
	 * @param handoverContact contact offered when the bot cannot help
	 * @param color the widget's colour
	 * @param region the Land whose public holidays apply (jollyday code, e.g. BW)
	 * @param retentionDays after how many days its conversations are deleted
	 */
	record Settings(
			@NotBlank @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*",
					message = "kebab-case, like landkreis-ludwigsburg") String id,
			@NotBlank String name, String parent, @DefaultValue("Rathaus") String authority, String intents,
			String knowledge, String handoverContact,
			@DefaultValue("#004f9f") @Pattern(regexp = "#[0-9a-fA-F]{6}",
					message = "a colour like #004f9f") String color,
			String region, @jakarta.validation.constraints.Min(1) Integer retentionDays) {
	}

}
