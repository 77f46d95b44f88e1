package de.rathausbot.workspace.editing;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The version history's diff: changed lines as removed and added, the rest as it was. */
class LineDiffTests {

	@Test
	void showsAChangedLineAsRemovedAndAddedBetweenTheUnchangedOnes() {
		assertThat(LineDiff.between("id: danke\nanswer: Gern!\nexamples: []\n",
				"id: danke\nanswer: Sehr gern!\nexamples: []\n"))
			.containsExactly("  id: danke", "- answer: Gern!", "+ answer: Sehr gern!", "  examples: []");
	}

	@Test
	void aNewItemIsAllAddedAndADeletedOneAllRemoved() {
		assertThat(LineDiff.between(null, "a\nb")).containsExactly("+ a", "+ b");
		assertThat(LineDiff.between("a\nb", null)).containsExactly("- a", "- b");
	}

	@Test
	void aLongPageWithOneChangeIsDiffedWithoutATableOfAllLinePairs() {
		String page = IntStream.range(0, 50_000).mapToObj(i -> "Zeile " + i).collect(Collectors.joining("\n"));
		String changed = page.replace("Zeile 25000\n", "Zeile 25000 geändert\n");

		assertThat(LineDiff.between(page, changed)).filteredOn(line -> !line.startsWith("  "))
			.containsExactly("- Zeile 25000", "+ Zeile 25000 geändert");
	}

}
