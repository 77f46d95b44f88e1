package de.rathausbot.workspace.editing;

import java.time.ZonedDateTime;
import java.util.Optional;

import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.Dialogue;
import de.rathausbot.workspace.StaffSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing FAQ entries and web pages in the workspace API: a saved entry is answered at
 * once, is listed in the read API and has versions; a broken page is refused with its
 * problem and the last good page keeps answering.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:website-admin;DB_CLOSE_DELAY=-1")
@DirtiesContext
class WebsiteAdminTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Dialogue dialogue;

	private MvcTestResult put(String uri, String json) {
		return this.mvc.put()
			.uri(uri)
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private Answer answer(String question) {
		return this.dialogue.answer(question, Optional.empty(), ZonedDateTime.now());
	}

	@Test
	void aSavedFaqEntryIsAnsweredAtOnceAndListed() {
		assertThat(put("/api/admin/knowledge/faq/fundsachen-abholen", """
				{"question": "Wo kann ich eine verlorene Sache im Fundbüro abholen?",
				 "answer": "Fundsachen holen Sie im Fundbüro im Bürgerbüro ab, mit Ausweis.",
				 "url": "https://www.ludwigsburg.de"}""")).hasStatus(201);

		assertThat(answer("Wo hole ich meine verlorene Sache im Fundbüro ab?").text())
			.contains("Fundsachen holen Sie im Fundbüro im Bürgerbüro ab");
		assertThat(this.mvc.get().uri("/api/knowledge/faq?size=100").exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.contains("fundsachen-abholen");
	}

	@Test
	void aSavedPageIsQuotedWithItsLinkAndHasVersions() {
		assertThat(put("/api/admin/pages/gruenschnitt",
				"""
						{"title": "Grünschnitt", "url": "https://www.ludwigsburg.de/gruenschnitt",
						 "text": "# Grünschnitt\\n\\n## Grünschnittplatz\\n\\nDen Grünschnitt aus dem Garten nimmt der Grünschnittplatz am Stadtrand kostenlos an."}"""))
			.hasStatus(201);

		Answer answer = answer("Wohin mit dem Grünschnitt aus dem Garten?");
		assertThat(answer.intent()).isEqualTo("page:gruenschnitt");
		assertThat(answer.text()).contains("Grünschnittplatz am Stadtrand kostenlos")
			.contains("(https://www.ludwigsburg.de/gruenschnitt)");
		assertThat(this.mvc.get()
			.uri("/api/admin/pages/gruenschnitt/versions")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.exchange()).hasStatusOk().bodyJson().extractingPath("$[0].version").isEqualTo(1);
		assertThat(this.mvc.get().uri("/api/knowledge/pages?size=100").exchange()).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.contains("gruenschnitt", "living-lab");
	}

	@Test
	void refusesABrokenPageAndKeepsTheLastGoodOne() {
		assertThat(put("/api/admin/pages/living-lab", """
				{"title": "Living LaB", "url": "www.ludwigsburg.de", "text": "Text."}""")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("living-lab.md:3", "must start with http");
		assertThat(put("/api/admin/pages/living-lab", "{\"title\": \"Living LaB\", \"text\": \"\"}")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.field")
			.isEqualTo("text");
		assertThat(this.mvc.get()
			.uri("/api/admin/pages/living-lab")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.exchange()).hasStatusOk().bodyJson().extractingPath("$.title").isEqualTo("Living LaB Ludwigsburg");
	}

}
