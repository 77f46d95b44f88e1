package de.rathausbot.dialogue;

import java.util.Optional;

import de.rathausbot.tenant.Tenant;
import de.rathausbot.tenant.Tenants;

/**
 * Zuständigkeit: an answer a Kommune gives from its Landkreis's knowledge says first that
 * the Landkreis is responsible, not the Rathaus (Kfz-Zulassung, Führerschein, Abfall).
 */
final class Responsibility {

	private final Tenants tenants;

	Responsibility(Tenants tenants) {
		this.tenants = tenants;
	}

	/**
	 * "Zuständig ist das Landratsamt (Landkreis Ludwigsburg), nicht das Rathaus." when
	 * the item comes from another tenant than the one asked.
	 */
	Optional<String> elsewhere(String origin) {
		Tenant asked = this.tenants.current();
		if (origin.equals(asked.id())) {
			return Optional.empty();
		}
		return this.tenants.find(origin)
			.filter(owner -> !owner.authority().equals(asked.authority()) || !owner.name().equals(asked.name()))
			.map(owner -> "Zuständig ist " + article(owner.authority()) + " " + owner.authority() + " (" + owner.name()
					+ "), nicht " + article(asked.authority()) + " " + asked.authority()
					+ (asked.name().isBlank() ? "" : " (" + asked.name() + ")") + ".");
	}

	/** "das Landratsamt", "das Rathaus", "die Kreisverwaltung". */
	private static String article(String authority) {
		return authority.endsWith("verwaltung") || authority.endsWith("behörde") ? "die" : "das";
	}

}
