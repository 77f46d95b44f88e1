package de.rathausbot.knowledge;

/** A postal address. */
public record Address(String street, String postalCode, String city) {

	/** One line: {@code Wilhelmstraße 11, 71638 Ludwigsburg}. */
	public String oneLine() {
		return this.street + ", " + this.postalCode + " " + this.city;
	}

}
