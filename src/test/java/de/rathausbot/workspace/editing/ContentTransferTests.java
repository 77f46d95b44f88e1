package de.rathausbot.workspace.editing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

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
 * Export the content as files and import files back: a broken file is refused with its
 * line and nothing changes; a good one is merged and answered with at once. The try-it
 * panel explains an answer. Runs on a database of its own.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:content-transfer;DB_CLOSE_DELAY=-1")
@DirtiesContext
class ContentTransferTests {

	private static final String ADMIN = StaffSignIn.ADMIN;

	@Autowired
	MockMvcTester mvc;

	private Map<String, String> export() throws IOException {
		MvcTestResult result = this.mvc.get()
			.uri("/api/admin/export")
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.exchange();
		assertThat(result).hasStatusOk().hasContentType("application/zip");
		Map<String, String> files = new HashMap<>();
		try (ZipInputStream zip = new ZipInputStream(
				new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

	private static byte[] zip(Map<String, String> files) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private MvcTestResult importZip(byte[] zip) {
		return this.mvc.post()
			.uri("/api/admin/import")
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.contentType(MediaType.parseMediaType("application/zip"))
			.content(zip)
			.exchange();
	}

	private MvcTestResult tryIt(String text) {
		return this.mvc.post()
			.uri("/api/admin/try")
			.header(HttpHeaders.AUTHORIZATION, ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"" + text + "\"}")
			.exchange();
	}

	@Test
	void exportsTheFilesAndImportsThemBackUnchanged() throws IOException {
		Map<String, String> files = export();

		assertThat(files).containsKeys("intents/ausweise.yml", "knowledge/services.yml", "knowledge/events.ics",
				"knowledge/faq.yml", "knowledge/pages/living-lab.md");
		assertThat(files.get("knowledge/services.yml")).contains("id: reisepass", "70,00");
		assertThat(importZip(zip(files))).hasStatusOk().bodyJson().extractingPath("$.changedItems").isEqualTo(0);
	}

	@Test
	void refusesAZipThatUnpacksToTooMuch() throws IOException {
		Map<String, String> files = new HashMap<>();
		String big = "# " + "x".repeat(4_000_000);
		for (int i = 0; i < 14; i++) {
			files.put("knowledge/pages/seite-" + i + ".md", big);
		}

		assertThat(importZip(zip(files))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("unpack to more than");
		assertThat(importZip(new byte[(int) ContentTransferController.MAX_UPLOAD_BYTES + 1])).hasStatus(413)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("larger than");
	}

	@Test
	void refusesABrokenImportWithItsLineAndChangesNothing() throws IOException {
		Map<String, String> files = Map.of("intents/kaputt.yml", """
				intents:
				  - id: kaputt
				    title: Kaputt
				    answer: Nie zu sehen
				    examples: [eins]
				""");

		assertThat(importZip(zip(files))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("intents/kaputt.yml:", "needs at least 8");
		assertThat(export()).doesNotContainKey("intents/kaputt.yml");
	}

	@Test
	void namesTheLineOfAFileThatIsNoYaml() throws IOException {
		assertThat(importZip(zip(Map.of("intents/wirr.yml", "intents:\n  - id: [wirr\n")))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.startsWith("intents/wirr.yml:3: not readable as YAML");
	}

	@Test
	void mergesAGoodImportAndAnswersWithItAtOnce() throws IOException {
		Map<String, String> files = Map.of("intents/sperrmuell.yml", """
				intents:
				  - id: sperrmuell
				    title: Sperrmüll
				    answer: Sperrmüll holen wir nach Anmeldung beim Abfallbetrieb ab (bis zu 3 m³ im Jahr kostenlos).
				    examples:
				      - Sperrmüll anmelden
				      - Wann wird Sperrmüll abgeholt?
				      - Sperrmüll Termin
				      - alte Möbel entsorgen
				      - Sofa entsorgen
				      - Sperrmüllabholung
				      - Wie werde ich meinen Schrank los?
				      - Sperrmüll kosten
				""");

		assertThat(importZip(zip(files))).hasStatusOk().bodyJson().extractingPath("$.changedItems").isEqualTo(1);

		assertThat(tryIt("Wie melde ich Sperrmüll an?")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.intent")
			.isEqualTo("sperrmuell");
	}

	@Test
	void tryItExplainsTheAnswerWithTheRunnersUpAndTheirSignals() {
		MvcTestResult result = tryIt("Was kostet ein Reisepass?");

		assertThat(result).hasStatusOk().bodyJson().extractingPath("$.text").asString().contains("70,00");
		assertThat(result).bodyJson().extractingPath("$.candidates[0].signals.tfidf").isNotNull();
		assertThat(result).bodyJson().extractingPath("$.candidates").asArray().hasSizeGreaterThan(1);
	}

}
