package de.rathausbot.dialogue;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerMarkdownTests {

	@Test
	void readsBoldLinksAndListItemsOfALine() {
		List<AnswerMarkdown.Line> lines = AnswerMarkdown
			.lines("**Gebühr:** 37 €\n- [Termin buchen](https://termine.example/a) online");

		assertThat(lines).containsExactly(
				new AnswerMarkdown.Line(false,
						List.of(new AnswerMarkdown.Bold("Gebühr:"), new AnswerMarkdown.Plain(" 37 €"))),
				new AnswerMarkdown.Line(true,
						List.of(new AnswerMarkdown.Link("Termin buchen", "https://termine.example/a"),
								new AnswerMarkdown.Plain(" online"))));
	}

	@Test
	void leavesLinksToOtherSchemesAndUnclosedMarksAsText() {
		assertThat(AnswerMarkdown.spans("[klick](javascript:alert(1)) **halb"))
			.containsExactly(new AnswerMarkdown.Plain("[klick](javascript:alert(1)) **halb"));
		assertThat(AnswerMarkdown.links("[a](ftp://x) und [b](http://y.example)"))
			.containsExactly(new AnswerMarkdown.Link("b", "http://y.example"));
	}

	@Test
	void splitsParagraphsAtBlankLinesAndDropsEmptyOnes() {
		assertThat(AnswerMarkdown.paragraphs("\nEins\nzwei\n\n\n\nDrei\n")).containsExactly("Eins\nzwei", "Drei");
	}

}
