package de.rathausbot.knowledge;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.rathausbot.content.ContentException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A city's FAQ export in TSV, CSV (with quoted cells and semicolons) or JSON becomes FAQ
 * entries; a bad row is named with file and line; import-faq never overwrites.
 */
class FaqTableTests {

	@TempDir
	Path folder;

	private Path write(String name, String text) throws IOException {
		return Files.writeString(this.folder.resolve(name), text);
	}

	@Test
	void readsATabSeparatedExportWithIdsAndLinks() throws IOException {
		List<Faq> faqs = FaqTable.read(write("faq.tsv", "faq_id\tquestion\tanswer\tsource\tlink\n"
				+ "7\tWann ist das Bürgerbüro offen?\tMontag bis Freitag 8–12 Uhr.\tStadt\thttps://www.example.de/bb\n"));

		assertThat(faqs).singleElement().satisfies(faq -> {
			assertThat(faq.id()).isEqualTo("7");
			assertThat(faq.answer()).isEqualTo("Montag bis Freitag 8–12 Uhr.");
			assertThat(faq.url()).contains("https://www.example.de/bb");
		});
	}

	@Test
	void readsAGermanSpreadsheetsCsvWithQuotedCellsOverSeveralLines() throws IOException {
		List<Faq> faqs = FaqTable.read(write("faq.csv",
				"Frage;Antwort\n\"Was kostet der Ausweis?\";\"37 Euro;\nunter 24: 22,80 Euro\"\nWo parke ich?;Im Parkhaus.\n"));

		assertThat(faqs).extracting(Faq::id).containsExactly("was-kostet-der-ausweis", "wo-parke-ich");
		assertThat(faqs.get(0).answer()).isEqualTo("37 Euro;\nunter 24: 22,80 Euro");
	}

	@Test
	void readsJson() throws IOException {
		List<Faq> faqs = FaqTable.read(
				write("faq.json", "[{\"question\": \"Wo parke ich?\", \"answer\": \"Im Parkhaus.\", \"url\": null}]"));

		assertThat(faqs).extracting(Faq::question).containsExactly("Wo parke ich?");
	}

	@Test
	void namesTheLineOfABadRow() throws IOException {
		Path file = write("faq.csv", "question,answer,url\nWo parke ich?,Im Parkhaus.,\nWer hilft?,,\n");

		assertThatThrownBy(() -> FaqTable.read(file)).isInstanceOf(ContentException.class)
			.hasMessageContaining("faq.csv:3")
			.hasMessageContaining("answer");
		Path noHeader = write("other.tsv", "Wo parke ich?\tIm Parkhaus.\n");
		assertThatThrownBy(() -> FaqTable.read(noHeader)).hasMessageContaining("other.tsv:1")
			.hasMessageContaining("header row");
		Path badUrl = write("bad.tsv", "question\tanswer\turl\nA?\tB.\twww.example.de\n");
		assertThatThrownBy(() -> FaqTable.read(badUrl)).hasMessageContaining("bad.tsv:2");
	}

	@Test
	void importFaqWritesAKnowledgeFileTheBotReadsAndNeverOverwritesOne() throws IOException {
		Path from = write("faq.tsv", "question\tanswer\nWo parke ich?\tIm Parkhaus.\n");
		Path to = this.folder.resolve("knowledge/faq-stadt.yml");

		int first = FaqImportCommand.run(
				new String[] { "import-faq", "--from", from.toString(), "--to", to.toString() }, System.out,
				System.err);
		int second = FaqImportCommand.run(
				new String[] { "import-faq", "--from", from.toString(), "--to", to.toString() }, System.out,
				System.err);

		assertThat(first).isZero();
		assertThat(second).isEqualTo(2);
		List<Faq> read = new KnowledgeFileReader()
			.faqs(List.of(new de.rathausbot.content.ContentFiles.ContentFile(to.toString(), Files.readString(to))));
		assertThat(read).extracting(Faq::question).containsExactly("Wo parke ich?");
	}

}
