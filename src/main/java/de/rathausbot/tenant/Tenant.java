package de.rathausbot.tenant;

import java.util.Optional;

/**
 * One Kommune or Landkreis served by the installation.
 *
 * @param id kebab-case, stored with its content and conversations
 * @param name "Stadt Ludwigsburg", "Landkreis Ludwigsburg"
 * @param parent the tenant whose content this one inherits (a Kommune's Landkreis)
 * @param authority what citizens call its administration: "Rathaus", "Landratsamt"
 * @param intents its intents folder (else {@code rathausbot.intents.location})
 * @param knowledge its knowledge folder (else {@code rathausbot.knowledge.location})
 * @param handoverContact the contact offered when the bot cannot help (else
 * {@code rathausbot.conversation.handover-contact})
 * @param color the widget's colour
 * @param region the Land whose public holidays close its offices (else
 * {@code rathausbot.region})
 * @param retentionDays after how many days its conversations are deleted (else
 * {@code rathausbot.privacy.retention-days})
 */
public record Tenant(String id, String name, Optional<String> parent, String authority, Optional<String> intents,
		Optional<String> knowledge, Optional<String> handoverContact, String color, Optional<String> region,
		Optional<Integer> retentionDays) {

	/** The tenant of an installation without configured tenants. */
	public static final String DEFAULT = "default";

	public boolean hasParent() {
		return this.parent.isPresent();
	}

}
