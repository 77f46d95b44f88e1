package de.rathausbot.knowledge;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import de.rathausbot.system.SystemProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Opening hours evaluated at a moment, with the public holidays of Baden-Württemberg. */
class OpeningHoursTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private final OfficeHours officeHours = new OfficeHours(new PublicHolidays(new SystemProperties("BW", BERLIN,
			new SystemProperties.Clock(null), new SystemProperties.City("", "#004f9f"))));

	private final OpeningHours rathaus = OpeningHours.parse("Mo-Fr 08:00-12:00; Th 08:00-12:00,14:00-18:00; PH off");

	private static ZonedDateTime at(String localDateTime) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(BERLIN);
	}

	@Test
	void isOpenOnAWeekdayMorningAndClosedAtNoon() {
		assertThat(this.officeHours.isOpen(this.rathaus, at("2026-11-23T09:30"))).isTrue();
		assertThat(this.officeHours.isOpen(this.rathaus, at("2026-11-23T12:00"))).isFalse();
	}

	@Test
	void opensAgainOnThursdayAfternoonOnly() {
		assertThat(this.officeHours.isOpen(this.rathaus, at("2026-11-26T15:00"))).isTrue();
		assertThat(this.officeHours.isOpen(this.rathaus, at("2026-11-27T15:00"))).isFalse();
		assertThat(this.officeHours.day(this.rathaus, LocalDate.of(2026, 11, 26)).times())
			.containsExactly(new TimeRange(480, 720), new TimeRange(840, 1080));
	}

	@Test
	void isClosedOnPublicHolidaysOfTheLand() {
		DayHours epiphany = this.officeHours.day(this.rathaus, LocalDate.of(2027, 1, 6));

		assertThat(epiphany.isClosed()).isTrue();
		assertThat(epiphany.holiday()).contains("Heilige Drei Könige");
	}

	@Test
	void findsTheNextOpeningAfterAWeekend() {
		assertThat(this.officeHours.nextOpening(this.rathaus, at("2026-11-28T10:00"))).contains(at("2026-11-30T08:00"));
	}

	@Test
	void findsTheNextOpeningLaterTheSameDay() {
		assertThat(this.officeHours.nextOpening(this.rathaus, at("2026-11-26T12:30"))).contains(at("2026-11-26T14:00"));
	}

	@Test
	void skipsHolidaysWhenLookingForTheNextOpening() {
		// Thursday 24 Dec 2026 is a working day, 25 and 26 Dec are holidays, then a
		// weekend
		assertThat(this.officeHours.nextOpening(this.rathaus, at("2026-12-24T19:00"))).contains(at("2026-12-28T08:00"));
	}

	@Test
	void opensOnHolidaysWhenTheHoursSaySo() {
		OpeningHours museum = OpeningHours.parse("Tu-Su 10:00-17:00; PH 10:00-14:00");

		assertThat(this.officeHours.day(museum, LocalDate.of(2026, 12, 25)).times())
			.containsExactly(new TimeRange(600, 840));
	}

	@Test
	void groupsTheRegularWeekByEqualHours() {
		assertThat(this.officeHours.regularWeek(this.rathaus)).extracting(OfficeHours.WeekdayGroup::from)
			.extracting(Enum::name)
			.containsExactly("MONDAY", "THURSDAY", "FRIDAY", "SATURDAY");
	}

	@Test
	void rejectsSelectorsItCannotEvaluate() {
		assertThatThrownBy(() -> OpeningHours.parse("Jan-Mar Mo-Fr 08:00-12:00"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not supported");
	}

	@Test
	void closingDaysCloseAnOpeningDayEveryYearOrOnce() {
		OpeningHours withClosures = this.rathaus.withClosures(
				List.of(Closure.parse("24.12.", "Heiligabend"), Closure.parse("2026-11-27", "Betriebsausflug")));

		DayHours christmasEve = this.officeHours.day(withClosures, LocalDate.of(2026, 12, 24));
		assertThat(christmasEve.isClosed()).isTrue();
		assertThat(christmasEve.closure()).contains("Heiligabend");
		assertThat(this.officeHours.day(withClosures, LocalDate.of(2027, 12, 24)).isClosed()).isTrue();
		assertThat(this.officeHours.isOpen(withClosures, at("2026-11-27T09:00"))).isFalse();
		assertThat(this.officeHours.isOpen(withClosures, at("2027-11-26T09:00"))).isTrue();
		// Thursday 24.12. closed, 25./26. holidays, weekend: next opening Monday
		assertThat(this.officeHours.nextOpening(withClosures, at("2026-12-23T13:00"))).contains(at("2026-12-28T08:00"));
	}

	@Test
	void explainsABadClosingDay() {
		assertThatThrownBy(() -> Closure.parse("Heiligabend", "x"))
			.hasMessage("bad closing day 'Heiligabend': expected 24.12. (every year), 24.12.2026 or 2026-12-24");
		assertThatThrownBy(() -> Closure.parse("31.02.", "x")).hasMessageStartingWith("bad closing day '31.02.'");
	}

}
