package de.rathausbot.knowledge;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import de.rathausbot.content.ContentException;
import de.rathausbot.content.ContentFiles.ContentFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Services, contacts and events files: what is read, and broken files named with file,
 * line and problem.
 */
class KnowledgeFileReaderTests {

	private static ContentFile file(String name, String... lines) {
		return new ContentFile(name, String.join("\n", lines) + "\n");
	}

	@Test
	void readsAContactWithAddressAndOpeningHours() {
		List<Contact> contacts = new KnowledgeFileReader().contacts(
				List.of(file("knowledge/contacts.yml", "contacts:", "  - id: rathaus", "    name: Rathaus Ludwigsburg",
						"    address: {street: Wilhelmstraße 11, postalCode: \"71638\", city: Ludwigsburg}",
						"    phone: 07141 910-0", "    openingHours: \"Mo-Fr 08:00-12:00; PH off\"")));

		Contact rathaus = contacts.get(0);
		assertThat(rathaus.address()).get()
			.extracting(Address::oneLine)
			.isEqualTo("Wilhelmstraße 11, 71638 Ludwigsburg");
		assertThat(rathaus.phone()).contains("07141 910-0");
		assertThat(rathaus.openingHours()).get().extracting(OpeningHours::text).isEqualTo("Mo-Fr 08:00-12:00; PH off");
	}

	@Test
	void readsClosingDaysAndNamesTheLineOfABadOne() {
		List<Contact> contacts = new KnowledgeFileReader().contacts(List.of(file("knowledge/contacts.yml", "contacts:",
				"  - id: rathaus", "    name: Rathaus", "    openingHours: \"Mo-Fr 08:00-12:00\"", "    closures:",
				"      - {date: \"24.12.\", reason: Heiligabend}")));

		assertThat(contacts.get(0).openingHours().get().closureOn(java.time.LocalDate.of(2030, 12, 24))).get()
			.extracting(Closure::reason)
			.isEqualTo("Heiligabend");
		assertThatThrownBy(() -> new KnowledgeFileReader().contacts(List.of(file("knowledge/contacts.yml", "contacts:",
				"  - id: rathaus", "    name: Rathaus", "    openingHours: \"Mo-Fr 08:00-12:00\"", "    closures:",
				"      - {date: \"Heiligabend\", reason: Heiligabend}"))))
			.isInstanceOf(ContentException.class)
			.hasMessageStartingWith("knowledge/contacts.yml:6: bad closing day 'Heiligabend'");
	}

	@Test
	void refusesAPostcodeWithoutFiveDigitsAtItsField() {
		assertThatThrownBy(() -> new KnowledgeFileReader()
			.contacts(List.of(file("knowledge/contacts.yml", "contacts:", "  - id: rathaus", "    name: Rathaus",
					"    address: {street: Wilhelmstraße 11, postalCode: \"7163\", city: Ludwigsburg}"))))
			.isInstanceOfSatisfying(ContentException.class, ex -> assertThat(ex.field()).contains("address.postalCode"))
			.hasMessageContaining("postcode '7163' must have five digits");
	}

	@Test
	void rejectsUnparsableOpeningHours() {
		assertThatThrownBy(() -> new KnowledgeFileReader().contacts(List.of(file("knowledge/contacts.yml", "contacts:",
				"  - id: rathaus", "    name: Rathaus", "    openingHours: \"Mo-Fx 08:00-12:00\""))))
			.isInstanceOf(ContentException.class)
			.hasMessageStartingWith("knowledge/contacts.yml:4: unparsable opening hours 'Mo-Fx 08:00-12:00'");
	}

	@Test
	void rejectsADuplicateContactId() {
		assertThatThrownBy(() -> new KnowledgeFileReader().contacts(List.of(file("knowledge/contacts.yml", "contacts:",
				"  - {id: rathaus, name: A}", "  - {id: rathaus, name: B}"))))
			.hasMessage(
					"knowledge/contacts.yml:3: duplicate contact id 'rathaus' (first defined at knowledge/contacts.yml:2)");
	}

	@Test
	void readsServiceFeesAsAmountsWithConditions() {
		List<Service> services = new KnowledgeFileReader().services(
				List.of(file("knowledge/services.yml", "services:", "  - id: personalausweis",
						"    name: Personalausweis", "    summary: Beantragen im Bürgerbüro.", "    fees:",
						"      - {amount: \"37,00\", condition: ab 24 Jahren}",
						"      - {amount: \"22,80 €\", condition: unter 24 Jahren}", "    contact: buergerbuero")),
				Set.of("buergerbuero"));

		assertThat(services.get(0).fees()).extracting(Fee::amount)
			.containsExactly(new BigDecimal("37.00"), new BigDecimal("22.80"));
		assertThat(services.get(0).fees().get(0).formattedAmount()).isEqualTo("37,00 €");
	}

	@Test
	void rejectsAnUnknownContactReference() {
		assertThatThrownBy(() -> new KnowledgeFileReader().services(List.of(file("knowledge/services.yml", "services:",
				"  - id: pass", "    name: Pass", "    summary: x", "    contact: nirgendwo")), Set.of("rathaus")))
			.hasMessage("knowledge/services.yml:5: service 'pass' refers to unknown contact 'nirgendwo'");
	}

	@Test
	void rejectsAFeeThatIsNotAnAmount() {
		assertThatThrownBy(() -> new KnowledgeFileReader().services(List.of(file("knowledge/services.yml", "services:",
				"  - id: pass", "    name: Pass", "    summary: x", "    fees:", "      - amount: siebzig")), Set.of()))
			.hasMessage("knowledge/services.yml:6: fee amount 'siebzig' must be a number like 37,00");
	}

	@Test
	void readsEventsFromYamlInTheMunicipalTimeZone() {
		List<Event> events = new EventFileReader(ZoneId.of("Europe/Berlin")).fromYaml(
				file("knowledge/events.yml", "events:", "  - id: initiative-k-herrenberg", "    title: Initiative K",
						"    start: 2021-06-14T15:00", "    end: 2021-06-14T17:00", "    location: Herrenberg"));

		assertThat(events.get(0).start().toOffsetDateTime()).hasToString("2021-06-14T15:00+02:00");
		assertThat(events.get(0).allDay()).isFalse();
	}

	@Test
	void rejectsABadDate() {
		assertThatThrownBy(() -> new EventFileReader(ZoneId.of("Europe/Berlin")).fromYaml(
				file("knowledge/events.yml", "events:", "  - id: x", "    title: X", "    start: 2021-13-01T10:00")))
			.hasMessage("knowledge/events.yml:4: bad date '2021-13-01T10:00': expected 2021-05-11 or 2021-05-11T12:00");
	}

	@Test
	void rejectsAnEndBeforeTheStart() {
		assertThatThrownBy(() -> new EventFileReader(ZoneId.of("Europe/Berlin")).fromYaml(file("knowledge/events.yml",
				"events:", "  - id: x", "    title: X", "    start: 2021-05-01T10:00", "    end: 2021-05-01T09:00")))
			.hasMessageStartingWith("knowledge/events.yml:5: event end");
	}

	@Test
	void readsICalendarEventsWithTimeZones() {
		List<Event> events = new EventFileReader(ZoneId.of("Europe/Berlin"))
			.fromIcs(file("knowledge/events.ics", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
					"BEGIN:VEVENT", "UID:innovationstag-2019@example.org", "DTSTAMP:20190901T080000Z",
					"DTSTART;TZID=Europe/Berlin:20191007T090000", "DTEND;TZID=Europe/Berlin:20191007T170000",
					"SUMMARY:Kommunaler Innovationstag", "LOCATION:Breisach am Rhein",
					"ORGANIZER;CN=badenova:mailto:info@example.org", "END:VEVENT", "END:VCALENDAR"));

		Event event = events.get(0);
		assertThat(event.id()).isEqualTo("innovationstag-2019");
		assertThat(event.start().toOffsetDateTime()).hasToString("2019-10-07T09:00+02:00");
		assertThat(event.end()).get().satisfies(end -> assertThat(end.getHour()).isEqualTo(17));
		assertThat(event.organiser()).contains("badenova");
	}

	@Test
	void rejectsABrokenICalendarFileWithItsLine() {
		assertThatThrownBy(() -> new EventFileReader(ZoneId.of("Europe/Berlin")).fromIcs(file("knowledge/events.ics",
				"BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "DTSTART:2019XYZ", "END:VEVENT", "END:VCALENDAR")))
			.isInstanceOf(ContentException.class)
			.hasMessageStartingWith("knowledge/events.ics:4: invalid iCalendar");
	}

}
