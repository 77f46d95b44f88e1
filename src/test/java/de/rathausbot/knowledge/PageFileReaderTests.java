package de.rathausbot.knowledge;

import java.util.List;

import de.rathausbot.content.ContentException;
import de.rathausbot.content.ContentFiles.ContentFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Page files: front matter, passages of Markdown and of plain text with the numbers of
 * their lines, and broken pages named with file, line and problem.
 */
class PageFileReaderTests {

	private static ContentFile file(String name, String... lines) {
		return new ContentFile("knowledge/pages/" + name, String.join("\n", lines) + "\n");
	}

	@Test
	void splitsMarkdownIntoPassagesOfAHeadingAndWhatFollowsIt() {
		Page page = PageFileReader.read(file("abfall.md", "---", "title: Abfall und Wertstoffe",
				"url: https://www.example.de/abfall", "---", "# Abfall und Wertstoffe", "",
				"Die Abfuhr kommt alle zwei Wochen.", "Sie beginnt um 6 Uhr.", "", "## Sperrmüll", "",
				"Sperrmüll holen wir zweimal im Jahr ab.", "", "- Anmeldung online", "- Kosten: keine"));

		assertThat(page.id()).isEqualTo("abfall");
		assertThat(page.ref()).isEqualTo("page:abfall");
		assertThat(page.title()).isEqualTo("Abfall und Wertstoffe");
		assertThat(page.url()).contains("https://www.example.de/abfall");
		assertThat(page.passages()).extracting(Passage::heading).containsExactly("Abfall und Wertstoffe", "Sperrmüll");
		Passage first = page.passages().get(0);
		// a paragraph over two lines is one line of the passage, numbered where it starts
		assertThat(first.lines()).extracting(Passage.Line::text)
			.containsExactly("Abfall und Wertstoffe", "Die Abfuhr kommt alle zwei Wochen. Sie beginnt um 6 Uhr.");
		assertThat(first.lines()).extracting(Passage.Line::number).containsExactly(0, 2);
		assertThat(page.passages().get(1).lines()).extracting(Passage.Line::text)
			.containsExactly("Sperrmüll", "Sperrmüll holen wir zweimal im Jahr ab.", "- Anmeldung online",
					"- Kosten: keine");
	}

	@Test
	void readsPlainTextLineByLineWithShortLinesWithoutFullStopAsHeadings() {
		Page page = PageFileReader.read(file("deutschkurse.txt", "---", "title: Deutschkurse", "---", "Deutschkurse",
				"Die Volkshochschule bietet Kurse für alle Stufen an.", "Kosten",
				"Ein Kurs kostet 2,29 Euro pro Stunde."));

		assertThat(page.url()).isEmpty();
		assertThat(page.passages()).extracting(Passage::heading).containsExactly("Deutschkurse", "Kosten");
		assertThat(page.passages().get(1).lines()).extracting(Passage.Line::number).containsExactly(2, 3);
	}

	@Test
	void keepsTheNumbersOfANumberedList() {
		Page page = PageFileReader.read(
				file("asyl.md", "# Asylverfahren", "", "1. Registrierung", "2. Antrag stellen", "* Termin mitbringen"));

		assertThat(page.passages().get(0).lines()).extracting(Passage.Line::text)
			.containsExactly("Asylverfahren", "1. Registrierung", "2. Antrag stellen", "- Termin mitbringen");
	}

	@Test
	void takesTheFirstHeadingAsTitleWithoutFrontMatter() {
		Page page = PageFileReader.read(file("kita.md", "# Kinderbetreuung", "", "Plätze vergibt das Amt."));

		assertThat(page.title()).isEqualTo("Kinderbetreuung");
	}

	@Test
	void namesTheFileAndLineOfABrokenPage() {
		assertThatThrownBy(
				() -> PageFileReader.read(file("a.md", "---", "title: A", "url: www.example.de", "---", "Text.")))
			.isInstanceOf(ContentException.class)
			.hasMessageContaining("knowledge/pages/a.md:3")
			.hasMessageContaining("must start with http:// or https://");
		assertThatThrownBy(() -> PageFileReader.read(file("a.md", "---", "title: A", "autor: B", "---", "Text.")))
			.hasMessageContaining("a.md:3")
			.hasMessageContaining("unknown field 'autor'");
		assertThatThrownBy(() -> PageFileReader.read(file("a.md", "---", "title: A")))
			.hasMessageContaining("not closed");
		assertThatThrownBy(() -> PageFileReader.read(file("a.md", "---", "title: A", "Text ohne Doppelpunkt", "---")))
			.hasMessageContaining("a.md:3")
			.hasMessageContaining("expected 'key: value'");
		assertThatThrownBy(() -> PageFileReader.read(file("a.md", "Nur ein Satz ohne Überschrift.")))
			.hasMessageContaining("needs a title");
		assertThatThrownBy(() -> PageFileReader.read(file("a.md", "---", "title: A", "---", "")))
			.hasMessageContaining("no text");
		assertThatThrownBy(() -> PageFileReader.read(file("Über uns.md", "# Über uns", "Text.")))
			.hasMessageContaining("must be kebab-case");
	}

	@Test
	void readsFaqEntriesAndNamesABrokenOne() {
		List<Faq> faqs = new KnowledgeFileReader().faqs(List.of(new ContentFile("knowledge/faq.yml",
				"faq:\n  - id: gelbe-tonne\n    question: Wann wird die gelbe Tonne geleert?\n"
						+ "    phrasings: [Gelber Sack Abholung]\n    answer: Alle zwei Wochen.\n"
						+ "    url: https://www.example.de/abfall\n")));

		assertThat(faqs).singleElement().satisfies(faq -> {
			assertThat(faq.ref()).isEqualTo("faq:gelbe-tonne");
			assertThat(faq.name()).isEqualTo("Wann wird die gelbe Tonne geleert?");
			assertThat(faq.synonyms()).containsExactly("Gelber Sack Abholung");
			assertThat(faq.url()).contains("https://www.example.de/abfall");
		});
		assertThatThrownBy(() -> new KnowledgeFileReader().faqs(List.of(new ContentFile("knowledge/faq.yml",
				"faq:\n  - id: gelbe-tonne\n    question: Wann wird die gelbe Tonne geleert?\n"))))
			.isInstanceOf(ContentException.class)
			.hasMessageContaining("knowledge/faq.yml:")
			.hasMessageContaining("answer");
		assertThatThrownBy(() -> new KnowledgeFileReader().faqs(List.of(new ContentFile("knowledge/faq.yml",
				"faq:\n  - id: a\n    question: Q?\n    answer: A.\n    url: ftp://x\n"))))
			.hasMessageContaining("faq.yml:5")
			.hasMessageContaining("must start with http");
	}

}
