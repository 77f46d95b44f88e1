package de.rathausbot.knowledge;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.EmailType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.RDate;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;

/**
 * Files a citizen can keep: an event for the calendar (iCalendar), a contact for the
 * address book (vCard 4). Served by the web API and sent as documents by the messenger
 * channels.
 */
public final class Downloads {

	/** ical4j's bundled time-zone definitions (no network). */
	private static final TimeZoneRegistry TIME_ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private Downloads() {
	}

	/**
	 * The event as an iCalendar file. A single event's times are written in UTC, so no
	 * time-zone definition is needed; a series keeps its local times and time zone, so
	 * that "every Tuesday at 7" stays at 7 across summer time. All-day events keep their
	 * dates.
	 */
	/** Where the knowledge API serves an event's calendar entry. */
	public static String calendarPath(String eventId) {
		return "/api/knowledge/events/" + eventId + ".ics";
	}

	/** Where the knowledge API serves a contact's card. */
	public static String cardPath(String contactId) {
		return "/api/knowledge/contacts/" + contactId + ".vcf";
	}

	public static String calendar(Event event, String host) {
		VEvent vevent;
		Calendar calendar = new Calendar().withProdId("-//Rathausbot//Veranstaltungen//DE")
			.withDefaults()
			.getFluentTarget();
		if (event.allDay()) {
			LocalDate first = event.start().toLocalDate();
			LocalDate afterLast = event.end().orElse(event.start()).toLocalDate().plusDays(1);
			vevent = new VEvent(first, afterLast, event.title());
		}
		else if (event.recurs()) {
			ZonedDateTime end = event.end().orElse(event.start().plusHours(1));
			vevent = new VEvent(event.start(), end, event.title());
			calendar.add(TIME_ZONES.getTimeZone(event.start().getZone().getId()).getVTimeZone());
		}
		else {
			Instant start = event.start().toInstant();
			Instant end = event.end().map(ZonedDateTime::toInstant).orElse(start.plus(1, ChronoUnit.HOURS));
			vevent = new VEvent(start, end, event.title());
		}
		vevent.add(new Uid(event.id() + "@" + host));
		event.recurrence().ifPresent(r -> addRecurrence(vevent, r, event));
		event.location().ifPresent(l -> vevent.add(new Location(l)));
		event.description().ifPresent(d -> vevent.add(new Description(d)));
		event.url().ifPresent(u -> vevent.add(new Url(URI.create(u))));
		calendar.add(vevent);
		return calendar.toString();
	}

	private static void addRecurrence(VEvent vevent, Recurrence recurrence, Event event) {
		vevent.add(new RRule<>(recurrence.rule()));
		ParameterList zone = event.allDay() ? new ParameterList()
				: new ParameterList(List.of(new TzId(event.start().getZone().getId())));
		if (!recurrence.exceptions().isEmpty()) {
			vevent.add(new ExDate<>(zone, dates(recurrence.exceptions().stream().sorted().toList(), event)));
		}
		if (!recurrence.additions().isEmpty()) {
			vevent.add(new RDate<>(zone,
					dates(recurrence.additions().stream().map(ZonedDateTime::toInstant).sorted().toList(), event)));
		}
	}

	/** Dates for an all-day series, local times in the series' zone otherwise. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static DateList dates(List<Instant> instants, Event event) {
		if (event.allDay()) {
			return new DateList<>(instants.stream().map(i -> i.atZone(event.start().getZone()).toLocalDate()).toList());
		}
		return new DateList<>(instants.stream().map(i -> i.atZone(event.start().getZone())).toList());
	}

	public static String card(Contact contact) {
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
