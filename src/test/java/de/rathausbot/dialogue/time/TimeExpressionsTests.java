package de.rathausbot.dialogue.time;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import de.rathausbot.knowledge.PublicHolidays;
import de.rathausbot.system.SystemProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * German time expressions resolved against a fixed clock: Sunday, 22 November 2026,
 * 10:00.
 */
class TimeExpressionsTests {

	private static final ZonedDateTime NOW = ZonedDateTime.of(2026, 11, 22, 10, 0, 0, 0, ZoneId.of("Europe/Berlin"));

	private final TimeExpressions times = new TimeExpressions(new PublicHolidays(new SystemProperties("BW",
			ZoneId.of("Europe/Berlin"), new SystemProperties.Clock(null), new SystemProperties.City("", "#004f9f"))));

	private TimeQuery find(String question) {
		return this.times.find(question, NOW).orElseThrow(() -> new AssertionError("no time found in: " + question));
	}

	@Test
	void resolvesNow() {
		assertThat(find("Hat das Rathaus gerade offen?").kind()).isEqualTo(TimeQuery.Kind.NOW);
		assertThat(find("Ist jetzt noch offen?").kind()).isEqualTo(TimeQuery.Kind.NOW);
	}

	@Test
	void resolvesRelativeDays() {
		assertThat(find("heute").from()).isEqualTo(LocalDate.of(2026, 11, 22));
		assertThat(find("Hat es morgen offen?").from()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(find("übermorgen").from()).isEqualTo(LocalDate.of(2026, 11, 24));
	}

	@Test
	void resolvesWeekdaysAlsoInCompoundsWithThePartOfTheDay() {
		TimeQuery friday = find("Hat die Stadtverwaltung am Freitagnachmittag geöffnet?");

		assertThat(friday.from()).isEqualTo(LocalDate.of(2026, 11, 27));
		assertThat(friday.part()).get().extracting(TimeQuery.PartOfDay::name).isEqualTo("nachmittags");
		assertThat(find("am Sonntag").from()).as("today is Sunday").isEqualTo(LocalDate.of(2026, 11, 22));
	}

	@Test
	void resolvesClockTimesOnADayOrToday() {
		TimeQuery thursday = find("Hat das Rathaus am Donnerstag um 17 Uhr offen?");
		assertThat(thursday.from()).isEqualTo(LocalDate.of(2026, 11, 26));
		assertThat(thursday.part()).get().satisfies(p -> {
			assertThat(p.start()).isEqualTo(17 * 60);
			assertThat(p.name()).isEqualTo("um 17 Uhr");
		});
		assertThat(find("Ist um 9:30 Uhr offen?").part()).get().extracting(TimeQuery.PartOfDay::start).isEqualTo(570);
		assertThat(find("Ist um 9:30 Uhr offen?").from()).isEqualTo(NOW.toLocalDate());
	}

	@Test
	void resolvesHolidaysByName() {
		assertThat(find("an Heilige Drei Könige").from()).isEqualTo(LocalDate.of(2027, 1, 6));
		assertThat(find("an Weihnachten").from()).isEqualTo(LocalDate.of(2026, 12, 25));
		assertThat(find("an Christi Himmelfahrt").from()).isEqualTo(LocalDate.of(2027, 5, 6));
		assertThat(find("am zweiten Weihnachtsfeiertag").from()).isEqualTo(LocalDate.of(2026, 12, 26));
		assertThat(find("an Heiligabend").from()).isEqualTo(LocalDate.of(2026, 12, 24));
	}

	@Test
	void resolvesDatesAndMonths() {
		assertThat(find("am 12.11.2019").from()).isEqualTo(LocalDate.of(2019, 11, 12));
		TimeQuery june = find("Veranstaltungen im Juni 2021");
		assertThat(june.kind()).isEqualTo(TimeQuery.Kind.RANGE);
		assertThat(june.from()).isEqualTo(LocalDate.of(2021, 6, 1));
		assertThat(june.to()).isEqualTo(LocalDate.of(2021, 6, 30));
	}

	@Test
	void resolvesEnglishDatesWithTheMonthsName() {
		assertThat(find("Is the town hall open on 24 December?").from()).isEqualTo(LocalDate.of(2026, 12, 24));
		assertThat(find("on the 3rd of January").from()).isEqualTo(LocalDate.of(2027, 1, 3));
		assertThat(find("Is it open on December 28th, 2027?").from()).isEqualTo(LocalDate.of(2027, 12, 28));
		assertThat(find("events in December 2026").kind()).as("a month with a year is the month")
			.isEqualTo(TimeQuery.Kind.RANGE);
		assertThat(find("Is the town hall open on Christmas Day?").from()).isEqualTo(LocalDate.of(2026, 12, 25));
	}

	@Test
	void resolvesWeekendsAndWeeks() {
		TimeQuery weekend = find("Was ist am Wochenende los?");
		assertThat(weekend.from()).as("on a Sunday, this weekend began yesterday")
			.isEqualTo(LocalDate.of(2026, 11, 21));
		assertThat(find("nächste Woche").from()).isEqualTo(LocalDate.of(2026, 11, 23));
	}

	@Test
	void takesTheComingDateOrMonthWithoutAYearAndTheLastOneInThePastTense() {
		assertThat(find("am 12.11.").from()).as("12 November has passed this year")
			.isEqualTo(LocalDate.of(2027, 11, 12));
		assertThat(find("Was war am 12.11.?").from()).isEqualTo(LocalDate.of(2026, 11, 12));
		assertThat(find("am 30. November").from()).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(find("im Mai").from()).isEqualTo(LocalDate.of(2027, 5, 1));
		assertThat(find("Was fand im Mai statt?").from()).isEqualTo(LocalDate.of(2026, 5, 1));
		assertThat(find("im November").from()).as("the current month").isEqualTo(LocalDate.of(2026, 11, 1));
		assertThat(find("Was gab es im Dezember?").from()).isEqualTo(LocalDate.of(2025, 12, 1));
	}

	@Test
	void findsNothingInAQuestionWithoutTime() {
		assertThat(this.times.find("Was kostet ein Reisepass?", NOW)).isEmpty();
	}

}
