package de.rathausbot.dialogue;

import java.util.List;

/**
 * The facts of the service, contact or event an answer is about, for channels that show
 * them as a card.
 *
 * @param kind {@code service}, {@code contact} or {@code event}
 * @param links downloads and web pages ("In Kalender eintragen", "Kontakt speichern")
 */
public record Card(String kind, String title, List<Fact> facts, List<Source> links) {

	public Card {
		facts = List.copyOf(facts);
		links = List.copyOf(links);
	}

	/**
	 * One line of a card.
	 *
	 * @param href a {@code tel:}, {@code mailto:} or web link for the value, or null
	 */
	public record Fact(String label, String value, String href) {
	}

}
