package de.rathausbot.dialogue.answers;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.rathausbot.dialogue.AnswerTexts;
import de.rathausbot.dialogue.Card;
import de.rathausbot.dialogue.Source;
import de.rathausbot.dialogue.time.Formats;
import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.Event;
import de.rathausbot.knowledge.KnowledgeItem;
import de.rathausbot.knowledge.Occurrence;
import de.rathausbot.knowledge.Service;

/**
 * The card of a knowledge item: a service's fees, documents and office; a contact's
 * address, phone, e-mail and whether it is open now; an event's next date and place.
 */
final class Cards {

	private final ServiceAnswers services;

	private final ContactAnswers contacts;

	Cards(ServiceAnswers services, ContactAnswers contacts) {
		this.services = services;
		this.contacts = contacts;
	}

	/** The card with its labels in the answer's language. */
	Card of(KnowledgeItem item, List<Source> links, ZonedDateTime now, AnswerTexts t) {
		List<Card.Fact> facts = new ArrayList<>();
		String kind;
		if (item instanceof Service service) {
			kind = "service";
			String fees = this.services.feeSummary(service, t);
			if (!fees.isEmpty()) {
				facts.add(new Card.Fact(t.get("label.costs"), fees, null));
			}
			if (!service.documents().isEmpty()) {
				facts.add(new Card.Fact(t.get("label.bring"), String.join("; ", service.documents()), null));
			}
			this.services.contact(service, t)
				.ifPresent(c -> facts.add(new Card.Fact(t.get("label.responsible"), c.name(), null)));
		}
		else if (item instanceof Contact contact) {
			kind = "contact";
			contactFacts(contact, facts, now, t);
		}
		else if (item instanceof Event event) {
			kind = "event";
			Occurrence date = event.next(now).or(() -> event.last(now)).orElse(event.first());
			facts.add(new Card.Fact(t.get("label.when"), Formats.capitalize(EventAnswers.when(date, t))
					+ (event.recurs() ? " (" + RecurrenceWords.spoken(event, t) + ")" : ""), null));
			event.location().ifPresent(l -> facts.add(new Card.Fact(t.get("label.where"), l, null)));
		}
		else {
			// FAQ entries and pages are answered in their own words, with their link
			kind = item.ref().substring(0, item.ref().indexOf(':'));
		}
		return new Card(kind, item.name(), facts, links);
	}

	private void contactFacts(Contact contact, List<Card.Fact> facts, ZonedDateTime now, AnswerTexts t) {
		contact.address().ifPresent(a -> facts.add(new Card.Fact(t.get("label.address"), a.oneLine(), null)));
		contact.phone().ifPresent(p -> facts.add(new Card.Fact(t.get("label.phone"), p, telephoneLink(p))));
		contact.email().ifPresent(e -> facts.add(new Card.Fact(t.get("label.email"), e, "mailto:" + e)));
		contact.openingHours()
			.ifPresent(h -> facts.add(new Card.Fact(t.get("label.now"),
					Formats.capitalize(this.contacts.statusLine(contact, now, t).replaceFirst("^ – ", "")), null)));
	}

	/** "07141 910-0" → "tel:+4971419100" (German numbers; others as dialled). */
	static String telephoneLink(String phone) {
		String digits = phone.replaceAll("[^0-9+]", "");
		if (digits.startsWith("00")) {
			digits = "+" + digits.substring(2);
		}
		else if (digits.startsWith("0")) {
			digits = "+49" + digits.substring(1);
		}
		return "tel:" + digits.toLowerCase(Locale.ROOT);
	}

}
