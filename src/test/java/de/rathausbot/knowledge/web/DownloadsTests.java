package de.rathausbot.knowledge.web;

import java.io.StringReader;
import java.time.Instant;
import java.time.temporal.Temporal;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "In Kalender eintragen" and "Kontakt speichern": the files parse back with ical4j and
 * ez-vcard and carry the facts of the demo content.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DownloadsTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void offersAnEventAsAnICalendarFileWithItsTimeAndPlace() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/knowledge/events/initiative-k-herrenberg.ics").exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/calendar");
		assertThat(result).headers()
			.hasValue("Content-Disposition", "attachment; filename=\"initiative-k-herrenberg.ics\"");
		Calendar calendar = new CalendarBuilder()
			.build(new StringReader(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)));
		VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
		assertThat(event.getSummary().getValue()).contains("Herrenberg");
		// 15:00 in Ludwigsburg (summer time), written in UTC
		Temporal start = event.getDateTimeStart().getDate();
		assertThat(Instant.from(start)).isEqualTo(Instant.parse("2021-06-14T13:00:00Z"));
		assertThat(event.getLocation().getValue()).isEqualTo("online (Herrenberg)");
	}

	@Test
	void offersASeriesWithItsRuleExceptionsAndLocalTimeZone() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/knowledge/events/gemeinderatssitzung.ics").exchange();

		assertThat(result).hasStatusOk();
		Calendar calendar = new CalendarBuilder()
			.build(new StringReader(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)));
		VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
		assertThat(event.getProperty("RRULE")).get().extracting(p -> p.getValue()).isEqualTo("FREQ=MONTHLY;BYDAY=-1WE");
		assertThat(event.getProperty("EXDATE")).as("the August break and the moved December date").isPresent();
		assertThat(calendar.getComponent("VTIMEZONE")).as("17:00 stays 17:00 across summer time").isPresent();
		assertThat(event.getProperty("RDATE")).as("the moved December date").isPresent();
		java.util.Set<?> dates = event.calculateRecurrenceSet(new net.fortuna.ical4j.model.Period<>(
				java.time.ZonedDateTime.parse("2026-08-01T00:00+02:00[Europe/Berlin]"),
				java.time.ZonedDateTime.parse("2026-09-30T23:00+02:00[Europe/Berlin]")));
		assertThat(dates).as("only the September meeting").hasSize(1);
		assertThat(dates.iterator().next().toString()).contains("20260930T170000");
	}

	@Test
	void offersAContactAsAVCardWithPhoneAddressAndEmail() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/knowledge/contacts/rathaus.vcf").exchange();

		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith("text/vcard");
		VCard card = Ezvcard.parse(result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.first();
		assertThat(card.getFormattedName().getValue()).contains("Rathaus");
		assertThat(card.getTelephoneNumbers()).isNotEmpty();
		assertThat(card.getAddresses()).singleElement()
			.satisfies(a -> assertThat(a.getStreetAddress()).contains("Wilhelmstraße"));
		assertThat(card.getEmails()).isNotEmpty();
	}

	@Test
	void repliesAboutAContactOrAnEventOfferTheDownload() {
		MvcTestResult contact = chat("Adresse vom Rathaus");
		MvcTestResult event = chat("Wann war die Initiative K in Herrenberg?");

		assertThat(contact).bodyJson()
			.extractingPath("$.sources[?(@.title == 'Kontakt speichern')].url")
			.asArray()
			.containsExactly("/api/knowledge/contacts/rathaus.vcf");
		assertThat(event).bodyJson()
			.extractingPath("$.sources[?(@.title == 'In Kalender eintragen')].url")
			.asArray()
			.containsExactly("/api/knowledge/events/initiative-k-herrenberg.ics");
	}

	private MvcTestResult chat(String text) {
		return this.mvc.post()
			.uri("/api/chat")
			.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
			.content("{\"text\": \"" + text + "\"}")
			.exchange();
	}

	@Test
	void answersAnUnknownIdWithAReadable404() {
		MvcTestResult result = this.mvc.get().uri("/api/knowledge/contacts/hallenbad.vcf").exchange();

		assertThat(result).hasStatus(404);
		assertThat(result).bodyJson().extractingPath("$.error").isEqualTo("no contact 'hallenbad'");
	}

}
