package de.rathausbot.intents;

import java.util.List;

import de.rathausbot.content.ContentException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Training data from other tools reads as labelled examples, with clear errors. */
class ForeignExamplesTests {

	@Test
	void readsTsvWithHeaderCommentsAndOutOfScopeLabels() {
		List<LabelledExample> examples = ForeignExamples.tsv("a.tsv", """
				text\tintent
				# a comment
				Was kostet ein Pass?\tpass

				Wie wird das Wetter?\toos
				Spielt der VfB?\tout_of_scope
				""");

		assertThat(examples).containsExactly(new LabelledExample("pass", "Was kostet ein Pass?"),
				new LabelledExample(LabelledExample.OUT_OF_SCOPE, "Wie wird das Wetter?"),
				new LabelledExample(LabelledExample.OUT_OF_SCOPE, "Spielt der VfB?"));
	}

	@Test
	void namesTheLineOfATsvLineWithoutLabel() {
		assertThatThrownBy(() -> ForeignExamples.tsv("a.tsv", "Hallo\tgreet\nnur Text ohne Tab\n"))
			.isInstanceOf(ContentException.class)
			.hasMessage("a.tsv:2: expected 'text<TAB>intent', got 'nur Text ohne Tab'");
	}

	@Test
	void readsRasaIntentsWithoutEntityMarkupAndKeepsSynonyms() {
		ForeignExamples.Examples read = ForeignExamples.rasa("nlu.yml", """
				version: "3.1"
				nlu:
				- intent: muell
				  examples: |
				    - Abfuhr für [Biomüll](waste) in [Eglosheim]{"entity": "district"}
				    - Müllabfuhr
				- synonym: restmüll
				  examples: |
				    - hausmüll
				    - graue tonne
				- regex: plz
				  examples: |
				    - \\d{5}
				""");

		assertThat(read.examples()).containsExactly(new LabelledExample("muell", "Abfuhr für Biomüll in Eglosheim"),
				new LabelledExample("muell", "Müllabfuhr"));
		assertThat(read.synonyms()).containsEntry("restmüll", List.of("hausmüll", "graue tonne"));
	}

	@Test
	void readsTheRequestedSplitOfClinc150() {
		String json = """
				{"train": [["book a flight", "book_flight"]], "oos_train": [["tell me a joke", "oos"]],
				 "val": [["find flights", "book_flight"]], "oos_val": [],
				 "test": [["flight to rome", "book_flight"]], "oos_test": [["what is love", "oos"]]}
				""";

		assertThat(ForeignExamples.clinc("d.json", json, ForeignExamples.Split.TRAIN)).containsExactly(
				new LabelledExample("book_flight", "book a flight"),
				new LabelledExample(LabelledExample.OUT_OF_SCOPE, "tell me a joke"));
		assertThat(ForeignExamples.clinc("d.json", json, ForeignExamples.Split.TEST)).hasSize(2);
		assertThatThrownBy(() -> ForeignExamples.clinc("d.json", "{}", ForeignExamples.Split.TUNE))
			.hasMessageStartingWith("d.json: no 'val' split");
	}

}
