package de.rathausbot.knowledge.web;

import java.time.temporal.ChronoUnit;

import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.Event;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

/**
 * Files a citizen can keep: an event for the calendar (iCalendar), a contact for the
 * address book (vCard 4).
 */
final class Downloads {

	private Downloads() {
	}

	/**
	 * The event as an iCalendar file. Times are written in UTC, so no time-zone
	 * definition is needed; all-day events keep their dates.
	 */
	static String calendar(Event event, String host) {
		VEvent vevent;
		if (event.allDay()) {
			var first = event.start().toLocalDate();
			var afterLast = event.end().map(e -> e.toLocalDate().plusDays(1)).orElse(first.plusDays(1));
			vevent = new VEvent(first, afterLast, event.title());
		}
		else {
			var start = event.start().toInstant();
			var end = event.end().map(java.time.ZonedDateTime::toInstant).orElse(start.plus(1, ChronoUnit.HOURS));
			vevent = new VEvent(start, end, event.title());
		}
		vevent.add(new Uid(event.id() + "@" + host));
		event.location().ifPresent(l -> vevent.add(new Location(l)));
		event.description().ifPresent(d -> vevent.add(new Description(d)));
		event.url().ifPresent(u -> vevent.add(new Url(java.net.URI.create(u))));
		Calendar calendar = new Calendar().withProdId("-//Rathausbot//Veranstaltungen//DE")
			.withDefaults()
			.withComponent(vevent)
			.getFluentTarget();
		return calendar.toString();
	}

	static String card(Contact contact) {
		VCard card = new VCard();
		card.setFormattedName(contact.name());
		contact.organisation().ifPresent(card::setOrganization);
		contact.role().ifPresent(card::addTitle);
		contact.phone().ifPresent(p -> card.addTelephoneNumber(p, TelephoneType.WORK, TelephoneType.VOICE));
		contact.fax().ifPresent(f -> card.addTelephoneNumber(f, TelephoneType.WORK, TelephoneType.FAX));
		contact.email().ifPresent(e -> card.addEmail(e, EmailType.WORK));
		contact.website().ifPresent(card::addUrl);
		contact.address().ifPresent(a -> {
			Address address = new Address();
			address.setStreetAddress(a.street());
			address.setPostalCode(a.postalCode());
			address.setLocality(a.city());
			address.setCountry("Deutschland");
			card.addAddress(address);
		});
		return Ezvcard.write(card).version(VCardVersion.V4_0).prodId(false).go();
	}

}
