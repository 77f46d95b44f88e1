package de.rathausbot.nlu;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** German normalization: the same meaning gives the same terms, whatever the spelling. */
class TextAnalyzerTests {

	/** The lexical signals only: fast, and what these tests are about. */
	static final NluProperties DEFAULTS = new NluProperties(0.38, 0.06,
			new NluProperties.Weights(0.35, 0.15, 0.25, 0.25, 0, 0, 0, 0), 300, true, 0.7,
			new NluProperties.Embedding("none", "", "mean"), 0, "de", NluProperties.Lexicon.DEFAULTS,
			NluProperties.FieldWeights.DEFAULTS, NluProperties.Clarify.DEFAULTS, 0.5, 0.8, false, "", 0);

	private static TextAnalyzer analyzer;

	@BeforeAll
	static void learnAVocabulary() {
		analyzer = new TextAnalyzer(new LanguageModels(DEFAULTS),
				Map.of("personalausweis", List.of("perso", "id card"), "hallo", List.of("servus")),
				Set.of("montag", "nachmittag"));
		for (String text : List.of("Was kostet der Personalausweis?", "Verlängerung beantragen",
				"Öffnungszeiten des Bürgerbüros", "Wann hat das Rathaus geöffnet?", "Hallo")) {
			analyzer.learn(analyzer.read(text));
		}
	}

	private static List<String> terms(String text) {
		return analyzer.analyze(text).terms();
	}

	@Test
	void foldsUmlautsAndTheirTransliterationsAlike() {
		assertThat(terms("Öffnungszeiten Bürgerbüro")).isEqualTo(terms("Oeffnungszeiten Buergerbuero"))
			.isEqualTo(terms("ÖFFNUNGSZEITEN BÜRGERBÜRO"));
	}

	@Test
	void foldsSharpS() {
		assertThat(GermanFolding.fold("Straße")).isEqualTo(GermanFolding.fold("Strasse")).isEqualTo("strasse");
	}

	@Test
	void mapsColloquialWordsToTheContentWord() {
		assertThat(terms("Was kostet der Perso?")).isEqualTo(terms("Was kostet der Personalausweis?"));
		assertThat(terms("id card kosten")).containsAll(terms("Personalausweis"));
		assertThat(terms("Servus")).isEqualTo(terms("Hallo"));
	}

	@Test
	void splitsCompoundsIntoKnownWords() {
		assertThat(terms("Personalausweisverlängerung")).containsAll(terms("Personalausweis Verlängerung"));
	}

	@Test
	void correctsTypos() {
		assertThat(terms("Persnalausweis")).isEqualTo(terms("Personalausweis"));
		assertThat(terms("Öfnungszeiten")).isEqualTo(terms("Öffnungszeiten"));
	}

	@Test
	void dropsStopWordsAndNeutralTimeWords() {
		assertThat(terms("Hat das Rathaus am Montagnachmittag geöffnet?")).isEqualTo(terms("Rathaus geöffnet"));
	}

	@Test
	void countsNounsTheContentDoesNotKnow() {
		assertThat(analyzer.analyze("Wann hat das Hallenbad geöffnet?").unknownNouns()).isEqualTo(1);
		assertThat(analyzer.analyze("Wann hat das Rathaus geöffnet?").unknownNouns()).isZero();
	}

}
