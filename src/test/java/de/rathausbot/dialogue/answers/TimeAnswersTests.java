package de.rathausbot.dialogue.answers;

import java.time.ZonedDateTime;
import java.util.Optional;

import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.Dialogue;
import de.rathausbot.dialogue.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every German time expression the bot understands, answered at a fixed clock with the
 * demo Rathaus (Mo–Fr 8–12 Uhr, Thursday also 14–18 Uhr, closed on public holidays of
 * Baden-Württemberg) and the demo calendar.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TimeAnswersTests {

	private static final ZonedDateTime MONDAY = ZonedDateTime.parse("2026-11-23T10:00:00+01:00");

	private static final ZonedDateTime THURSDAY_MORNING = ZonedDateTime.parse("2026-11-26T10:00:00+01:00");

	private static final ZonedDateTime THURSDAY_AFTER_CLOSING = ZonedDateTime.parse("2026-11-26T18:30:00+01:00");

	@Autowired
	Dialogue dialogue;

	private String at(ZonedDateTime now, String question) {
		return this.dialogue.answer(question, Optional.empty(), now).text();
	}

	@Test
	void jetztSaysWhetherItIsOpenAndUntilWhen() {
		assertThat(at(THURSDAY_MORNING, "Hat das Rathaus jetzt offen?"))
			.contains("Ja, jetzt geöffnet – heute (Donnerstag) bis 12 Uhr", "Später wieder: 14–18 Uhr");
	}

	@Test
	void wieLangeNochAndBisWannGiveTheClosingTime() {
		assertThat(at(THURSDAY_MORNING, "Wie lange hat das Rathaus noch offen?")).contains("bis 12 Uhr");
		assertThat(at(THURSDAY_MORNING, "Bis wann hat das Rathaus heute offen?"))
			.contains("Ja, heute (Donnerstag, 26.11.2026) bis 18 Uhr geöffnet");
	}

	@Test
	void heuteMorgenUebermorgen() {
		assertThat(at(THURSDAY_MORNING, "Hat das Rathaus heute offen?")).contains("heute (Donnerstag, 26.11.2026)",
				"8–12 Uhr und 14–18 Uhr");
		assertThat(at(THURSDAY_MORNING, "Hat das Rathaus morgen offen?"))
			.contains("Ja, morgen (Freitag, 27.11.2026) bis 12 Uhr geöffnet");
		assertThat(at(THURSDAY_MORNING, "Hat das Rathaus übermorgen offen?"))
			.contains("übermorgen (Samstag, 28.11.2026) geschlossen", "Nächste Öffnung: Montag, 30.11.2026, 8 Uhr");
	}

	@Test
	void aWeekdayIsTheNextSuchDay() {
		assertThat(at(MONDAY, "Hat das Rathaus am Donnerstag offen?"))
			.contains("am Donnerstag (26.11.2026) bis 18 Uhr geöffnet");
	}

	@Test
	void partsOfTheDay() {
		assertThat(at(THURSDAY_MORNING, "Hat das Rathaus am Freitagnachmittag offen?"))
			.contains("am Freitag (27.11.2026) nachmittags geschlossen", "An diesem Tag geöffnet: 8–12 Uhr");
		assertThat(at(MONDAY, "Ist das Rathaus am Donnerstag vormittags offen?"))
			.contains("Ja, am Donnerstag (26.11.2026) vormittags geöffnet: 8–12 Uhr");
		assertThat(at(THURSDAY_MORNING, "Hat das Rathaus heute abends offen?")).contains("abends geschlossen");
	}

	@Test
	void weekendAndWeeks() {
		assertThat(at(THURSDAY_MORNING, "Hat das Rathaus am Wochenende offen?"))
			.contains("Samstag, 28.11.2026: geschlossen", "Sonntag, 29.11.2026: geschlossen");
		assertThat(at(THURSDAY_MORNING, "Öffnungszeiten Rathaus diese Woche")).contains("Freitag, 27.11.2026: 8–12 Uhr")
			.doesNotContain("Montag, 23.11.2026");
		assertThat(at(THURSDAY_MORNING, "Öffnungszeiten Rathaus nächste Woche"))
			.contains("Montag, 30.11.2026: 8–12 Uhr", "Donnerstag, 03.12.2026: 8–12 Uhr und 14–18 Uhr");
	}

	@Test
	void monthsWithAndWithoutAYear() {
		assertThat(at(THURSDAY_MORNING, "Veranstaltungen im Mai 2021")).contains("Ravensburg", "Villingen", "vorbei");
		assertThat(at(THURSDAY_MORNING, "Welche Veranstaltungen gibt es im Mai?")).as("the coming May")
			.contains("im Mai 2027", "01.05.2027");
		assertThat(at(THURSDAY_MORNING, "Welche Veranstaltungen waren im Mai?")).as("the last May")
			.contains("im Mai 2026");
	}

	@Test
	void datesWithAndWithoutAYear() {
		assertThat(at(THURSDAY_MORNING, "Was war am 12.11.2019?")).contains("Innovationsfrühstück");
		assertThat(at(THURSDAY_MORNING, "Hat das Rathaus am 12.11. offen?")).as("the coming 12 November")
			.contains("12.11.2027");
	}

	@Test
	void holidaysByNameCloseTheRathaus() {
		assertThat(at(THURSDAY_MORNING, "Hat das Rathaus an Weihnachten offen?"))
			.contains("am 25.12.2026 (1. Weihnachtsfeiertag, Feiertag) geschlossen");
		assertThat(at(THURSDAY_MORNING, "Hat das Rathaus an Heilige Drei Könige offen?"))
			.contains("am 06.01.2027 (Heilige Drei Könige, Feiertag) geschlossen");
		assertThat(at(THURSDAY_MORNING, "Hat das Rathaus an Christi Himmelfahrt offen?")).contains(
				"am 06.05.2027 (Christi Himmelfahrt, Feiertag) geschlossen",
				"Nächste Öffnung: morgen, Freitag, 07.05.2027, 8 Uhr");
	}

	@Test
	void aHolidayOnAnOpeningDayClosesIt() {
		// Christi Himmelfahrt 2027 is a Thursday, the long opening day
		assertThat(at(ZonedDateTime.parse("2027-05-03T10:00:00+02:00"), "Ist das Rathaus am Donnerstag offen?"))
			.contains("am Donnerstag (06.05.2027, Christi Himmelfahrt, Feiertag) geschlossen");
	}

	@Test
	void afterClosingTimeTheNextOpeningIsTheNextDay() {
		assertThat(at(THURSDAY_AFTER_CLOSING, "Hat das Rathaus jetzt offen?"))
			.contains("Nein, gerade geschlossen. Nächste Öffnung: morgen, Freitag, 27.11.2026, 8 Uhr.");
		assertThat(at(THURSDAY_AFTER_CLOSING, "Hat das Rathaus heute offen?")).contains("war bis 18 Uhr geöffnet",
				"Nächste Öffnung: morgen, Freitag, 27.11.2026, 8 Uhr");
		assertThat(at(THURSDAY_AFTER_CLOSING, "Hat das Rathaus morgen offen?"))
			.contains("morgen (Freitag, 27.11.2026) bis 12 Uhr geöffnet");
	}

	@Test
	void aSeriesIsToldWithItsRuleAndNextDateAndPastEventsInThePastTense() {
		assertThat(at(THURSDAY_MORNING, "Wann ist die nächste Gemeinderatssitzung?"))
			.contains("jeden letzten Mittwoch im Monat von 17 bis 20 Uhr", "Nächster Termin: Mittwoch, 16.12.2026");
		assertThat(at(THURSDAY_MORNING, "Wann war die Initiative K in Herrenberg?"))
			.contains("fand am Montag, 14.06.2021");
		assertThat(at(ZonedDateTime.parse("2026-07-01T10:00:00+02:00"), "Gibt es im August eine Gemeinderatssitzung?"))
			.contains("findet **Öffentliche Sitzung des Gemeinderats** nicht statt", "30.09.2026");
	}

	@Test
	void noEventsInAPeriodIsAnAnswer() {
		Answer answer = this.dialogue.answer("Welche Veranstaltungen gibt es im Januar 2020?", Optional.empty(),
				THURSDAY_MORNING);

		assertThat(answer.outcome()).isEqualTo(Outcome.ANSWERED);
		assertThat(answer.text()).contains("keine Veranstaltungen");
	}

}
