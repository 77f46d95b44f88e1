package de.rathausbot.nlu;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import de.rathausbot.content.ContentException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The German lexical resources: dictionary lemmas, compound parts, thesaurus sets and the
 * everyday words, as shipped.
 */
class GermanLexiconTests {

	private static GermanLexicon.Resources lexicon;

	@BeforeAll
	static void load() {
		lexicon = new GermanLexicon(TextAnalyzerTests.DEFAULTS, new DefaultResourceLoader()).resources();
	}

	@Test
	void findsTheLemmaAndWordClassOfInflectedWordsWrittenAnyWay() {
		assertThat(lexicon.dictionary().lemmas("gestohlen"))
			.contains(new GermanDictionary.Lemma("stehlen", GermanDictionary.WordClass.VERB));
		assertThat(lexicon.dictionary().lemmas("Pässe"))
			.contains(new GermanDictionary.Lemma("Pass", GermanDictionary.WordClass.NOUN));
		assertThat(lexicon.dictionary().lemmas("führerscheins"))
			.contains(new GermanDictionary.Lemma("Führerschein", GermanDictionary.WordClass.NOUN));
		assertThat(lexicon.dictionary().knows("Nummernschildchenkram")).isFalse();
	}

	@Test
	void splitsCompoundsButNotShortOrSimpleWords() {
		assertThat(lexicon.compounds().parts("Fahrzeuganmeldung")).containsExactly("fahrzeug", "anmeldung");
		assertThat(lexicon.compounds().parts("Kirchenaustritt")).containsExactly("kirchen", "austritt");
		assertThat(lexicon.compounds().parts("Ausweis")).isEmpty();
		assertThat(lexicon.compounds().parts("Kfz-Zulassung")).isEmpty();
	}

	@Test
	void shipsTheThesaurusAndTheEverydayWords() {
		assertThat(lexicon.thesaurus().size()).isGreaterThan(20_000);
		assertThat(lexicon.thesaurus().synonyms("auto")).contains(List.of("pkw"));
		assertThat(lexicon.everyday()).containsKey("Nummernschild").hasSizeGreaterThan(300);
	}

	@Test
	void readsThesaurusSetsWithoutVulgarMembersFragmentsOrNotes() throws IOException {
		Thesaurus thesaurus = Thesaurus.read(gzip("""
				# comment
				Auto;Pkw;Karre (ugs.);Blechkiste (derb);auto...
				heiraten;(sich) trauen lassen;den Bund fürs Leben schließen im Rathaus heute
				"""));

		assertThat(thesaurus.synonyms("auto")).containsExactly(List.of("pkw"), List.of("karre"));
		assertThat(thesaurus.synonyms("heiraten")).containsExactly(List.of("trauen", "lassen"));
		assertThat(thesaurus.synonyms("fahrrad")).isEmpty();
	}

	@Test
	void matchesEverydayPhrasesByTheirStemsAndLetStaffSwitchOneOff() {
		EverydayWords words = new EverydayWords(Map.of("Nummernschild", List.of("Kennzeichen"), "Auto anmelden",
				List.of("Zulassung"), "Perso", List.of()), new LanguageModels(TextAnalyzerTests.DEFAULTS)::stem);

		assertThat(words.targets(List.of("nummernschild"))).containsExactly(List.of("kennzeichen"));
		assertThat(words.targets(List.of("auto", "anmeld"))).containsExactly(List.of("zulassung"));
		assertThat(words.targets(List.of("anmeld", "auto"))).containsExactly(List.of("zulassung"));
		assertThat(words.targets(List.of("perso"))).isEmpty();
	}

	@Test
	void namesTheFileAndLineOfAnEverydayPhraseTooLongToMatch() {
		assertThatThrownBy(() -> EverydayWords.parse("alltag.yml", """
				everyday:
				  Nummernschild: [Kennzeichen]
				  mein altes Auto abmelden bitte: [Außerbetriebsetzung]
				""")).isInstanceOf(ContentException.class)
			.hasMessageContaining("alltag.yml:3")
			.hasMessageContaining("more than 4 words");
	}

	private static ByteArrayInputStream gzip(String text) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		return new ByteArrayInputStream(bytes.toByteArray());
	}

}
