package de.rathausbot.knowledge;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import de.rathausbot.content.ContentFiles.ContentFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Series from iCalendar (RRULE, EXDATE, a moved date) and from YAML ({@code repeat},
 * {@code except}): the dates of a period, the next and the last date, across summer time.
 */
class RecurringEventsTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final EventFileReader READER = new EventFileReader(BERLIN);

	/** With the calendar's own time-zone definition, as calendar programs export it. */
	private static final List<String> COUNCIL = List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
			"BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
			"DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD",
			"TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "DTSTART:19701025T030000",
			"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE", "BEGIN:VEVENT",
			"UID:gemeinderat@example.org", "DTSTAMP:20251201T080000Z", "DTSTART;TZID=Europe/Berlin:20260128T170000",
			"DTEND;TZID=Europe/Berlin:20260128T200000", "RRULE:FREQ=MONTHLY;BYDAY=-1WE",
			"EXDATE;TZID=Europe/Berlin:20260826T170000", "SUMMARY:Gemeinderat", "END:VEVENT", "BEGIN:VEVENT",
			"UID:gemeinderat@example.org", "DTSTAMP:20251201T080000Z",
			"RECURRENCE-ID;TZID=Europe/Berlin:20261230T170000", "DTSTART;TZID=Europe/Berlin:20261216T170000",
			"DTEND;TZID=Europe/Berlin:20261216T200000", "SUMMARY:Gemeinderat (vorgezogen)", "END:VEVENT",
			"END:VCALENDAR");

	private static ZonedDateTime at(String local) {
		return java.time.LocalDateTime.parse(local).atZone(BERLIN);
	}

	private static List<Event> council() {
		return READER.fromIcs(new ContentFile("knowledge/events.ics", String.join("\n", COUNCIL) + "\n"));
	}

	private static Event series(List<Event> events) {
		return events.stream().filter(Event::recurs).findFirst().orElseThrow();
	}

	private static List<LocalDate> days(List<Occurrence> occurrences) {
		return occurrences.stream().map(o -> o.start().toLocalDate()).toList();
	}

	@Test
	void expandsAMonthlyRuleAcrossSummerTimeAtTheSameLocalHour() {
		List<Occurrence> spring = series(council()).occurrences(at("2026-02-01T00:00"), at("2026-04-30T00:00"));

		assertThat(days(spring)).containsExactly(LocalDate.of(2026, 2, 25), LocalDate.of(2026, 3, 25),
				LocalDate.of(2026, 4, 29));
		assertThat(spring).allSatisfy(o -> assertThat(o.start().getHour()).isEqualTo(17))
			.allSatisfy(o -> assertThat(o.end()).get().extracting(ZonedDateTime::getHour).isEqualTo(20));
		assertThat(spring.get(2).start().getOffset().getTotalSeconds()).as("summer time").isEqualTo(7200);
	}

	@Test
	void leavesOutExcludedDatesAndMovesAChangedOne() {
		List<Event> events = council();
		List<Occurrence> secondHalf = series(events).occurrences(at("2026-07-01T00:00"), at("2026-12-31T23:00"));

		assertThat(days(secondHalf)).as("no August meeting, December moved to the 16th")
			.containsExactly(LocalDate.of(2026, 7, 29), LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 28),
					LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 16));
		assertThat(events).as("the changed date is part of the series, not an event of its own").hasSize(1);
	}

	@Test
	void findsTheNextDateAndTheLastOne() {
		Event council = series(council());

		assertThat(council.next(at("2026-11-25T18:00"))).get()
			.as("a meeting going on is the next one")
			.extracting(o -> o.start().toLocalDate())
			.isEqualTo(LocalDate.of(2026, 11, 25));
		assertThat(council.next(at("2026-11-25T20:30"))).get()
			.as("the moved December meeting")
			.extracting(o -> o.start().toLocalDate())
			.isEqualTo(LocalDate.of(2026, 12, 16));
		assertThat(council.next(at("2026-12-17T00:00"))).get()
			.extracting(o -> o.start().toLocalDate())
			.isEqualTo(LocalDate.of(2027, 1, 27));
		assertThat(council.last(at("2026-11-25T20:30"))).get()
			.extracting(o -> o.start().toLocalDate())
			.isEqualTo(LocalDate.of(2026, 11, 25));
		assertThat(council.last(at("2026-01-01T00:00"))).isEmpty();
	}

	@Test
	void readsASeriesFromYamlWithExceptions() {
		Event tour = READER
			.fromYaml(new ContentFile("knowledge/events.yml", String.join("\n", "events:", "  - id: tour",
					"    title: Stadtführung", "    start: 2026-04-04T14:00", "    end: 2026-04-04T15:30",
					"    repeat: FREQ=WEEKLY;BYDAY=SA;BYMONTH=4,5,6,7,8,9,10", "    except: [2026-05-16T14:00]", "")))
			.get(0);

		assertThat(days(tour.occurrences(at("2026-05-09T00:00"), at("2026-05-24T00:00"))))
			.containsExactly(LocalDate.of(2026, 5, 9), LocalDate.of(2026, 5, 23));
		assertThat(tour.next(at("2026-11-01T00:00"))).get()
			.as("no tours in winter")
			.extracting(o -> o.start().toLocalDate())
			.isEqualTo(LocalDate.of(2027, 4, 3));
	}

	@Test
	void explainsABadRuleWithFileAndLine() {
		assertThatThrownBy(() -> READER.fromYaml(new ContentFile("knowledge/events.yml",
				String.join("\n", "events:", "  - id: x", "    title: X", "    start: 2026-04-04T14:00",
						"    repeat: FREQ=SOMETIMES", ""))))
			.hasMessageStartingWith("knowledge/events.yml:5: invalid recurrence rule 'FREQ=SOMETIMES'");
		assertThatThrownBy(() -> READER.fromYaml(new ContentFile("knowledge/events.yml",
				String.join("\n", "events:", "  - id: x", "    title: X", "    start: 2026-04-04T14:00",
						"    except: [2026-04-11T14:00]", ""))))
			.hasMessage("knowledge/events.yml:5: 'except' needs a 'repeat' rule");
	}

	@Test
	void refusesARuleRepeatingMoreOftenThanDaily() {
		assertThatThrownBy(() -> READER.fromYaml(new ContentFile("knowledge/events.yml",
				String.join("\n", "events:", "  - id: x", "    title: X", "    start: 2026-04-04T14:00",
						"    repeat: FREQ=SECONDLY", ""))))
			.hasMessageStartingWith("knowledge/events.yml:5:")
			.hasMessageContaining("more often than daily");
		List<String> secondly = COUNCIL.stream()
			.map(line -> line.equals("RRULE:FREQ=MONTHLY;BYDAY=-1WE") ? "RRULE:FREQ=MINUTELY" : line)
			.toList();
		assertThatThrownBy(
				() -> READER.fromIcs(new ContentFile("knowledge/events.ics", String.join("\n", secondly) + "\n")))
			.hasMessageStartingWith("knowledge/events.ics:" + (COUNCIL.indexOf("RRULE:FREQ=MONTHLY;BYDAY=-1WE") + 1))
			.hasMessageContaining("more often than daily");
	}

}
