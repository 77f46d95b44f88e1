package de.rathausbot.knowledge.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read API pages through the demo knowledge and filters events by period and text.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class KnowledgeApiTests {

	@Autowired
	MockMvcTester mvc;

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).exchange();
	}

	@Test
	void pagesThroughTheServicesWithFeesAndDocuments() {
		MvcTestResult first = get("/api/knowledge/services?size=2");

		assertThat(first).hasStatusOk();
		assertThat(first).bodyJson().extractingPath("$.total").isEqualTo(6);
		assertThat(first).bodyJson().extractingPath("$.items.length()").isEqualTo(2);
		assertThat(get("/api/knowledge/services?page=2&size=2")).bodyJson()
			.extractingPath("$.items.length()")
			.isEqualTo(2);
		assertThat(get("/api/knowledge/services?page=9&size=2")).bodyJson()
			.extractingPath("$.items.length()")
			.isEqualTo(0);
	}

	@Test
	void listsContactsWithTheirOpeningHoursAndCardLink() {
		MvcTestResult result = get("/api/knowledge/contacts?size=100");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson()
			.extractingPath("$.items[?(@.id == 'rathaus')].vcard")
			.asArray()
			.containsExactly("/api/knowledge/contacts/rathaus.vcf");
	}

	@Test
	void filtersEventsByPeriodAndTextInDateOrder() {
		MvcTestResult june2021 = get("/api/knowledge/events?from=2021-06-01&to=2021-06-30&q=initiative");

		assertThat(june2021).hasStatusOk();
		assertThat(june2021).bodyJson().extractingPath("$.items[*].id").asArray().contains("initiative-k-herrenberg");
		assertThat(get("/api/knowledge/events?from=2030-01-01&q=initiative")).bodyJson()
			.extractingPath("$.total")
			.isEqualTo(0);
	}

	@Test
	void listsTheDatesOfASeriesInAPeriodOneByOne() {
		MvcTestResult autumn = get("/api/knowledge/events?from=2026-10-01&to=2026-12-31&q=gemeinderat");

		assertThat(autumn).bodyJson()
			.extractingPath("$.items[*].start")
			.asArray()
			.as("last Wednesdays, December moved to the 16th")
			.containsExactly("2026-10-28T17:00+01:00", "2026-11-25T17:00+01:00", "2026-12-16T17:00+01:00");
		assertThat(autumn).bodyJson().extractingPath("$.items[0].repeat").isEqualTo("FREQ=MONTHLY;BYDAY=-1WE");
		assertThat(get("/api/knowledge/events?q=gemeinderat")).as("without a period: the series once")
			.bodyJson()
			.extractingPath("$.total")
			.isEqualTo(1);
	}

	@Test
	void rejectsBadParametersWithAReadableError() {
		assertThat(get("/api/knowledge/events?from=14.06.2021")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.isEqualTo("from and to must be dates like 2021-06-14");
		assertThat(get("/api/knowledge/services?size=1000")).hasStatus(400);
	}

	@Test
	void refusesAPeriodTooLongToListDateByDate() {
		assertThat(get("/api/knowledge/events?from=2026-01-01&to=9999-12-31")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("longer than 2 years");
		assertThat(get("/api/knowledge/events?from=2026-01-01&to=2027-12-31")).hasStatusOk();
		// an open start is a year before the end, not the first event years ago
		assertThat(get("/api/knowledge/events?to=2026-12-31&q=gemeinderat")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[0].start")
			.asString()
			.startsWith("2026-");
	}

}
