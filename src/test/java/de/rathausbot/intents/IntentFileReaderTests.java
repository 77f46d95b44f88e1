package de.rathausbot.intents;

import java.util.List;

import de.rathausbot.content.ContentException;
import de.rathausbot.content.ContentFiles.ContentFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Intent files: what is read, and every broken file named with file, line and problem.
 */
class IntentFileReaderTests {

	private final IntentFileReader reader = new IntentFileReader(2, "contact:rathaus"::equals);

	private IntentContent read(ContentFile... files) {
		return this.reader.read(List.of(files));
	}

	private static ContentFile file(String name, String... lines) {
		return new ContentFile(name, String.join("\n", lines) + "\n");
	}

	@Test
	void readsIntentsSynonymsAndOutOfScopeExamples() {
		IntentContent content = read(file("intents/rathaus.yml", "intents:", "  - id: rathaus-oeffnungszeiten",
				"    title: Öffnungszeiten", "    knowledge: contact:rathaus", "    examples:",
				"      - Wann hat das Rathaus offen?", "      - öffnungszeiten rathaus",
				"    quickReplies: [\"Adresse?\"]", "    translations:", "      en: Opening hours", "synonyms:",
				"  personalausweis: [perso, ausweis]", "outOfScope:", "  - Wie wird das Wetter?"));

		Intent intent = content.intents().get(0);
		assertThat(intent.id()).isEqualTo("rathaus-oeffnungszeiten");
		assertThat(intent.examples()).containsExactly("Wann hat das Rathaus offen?", "öffnungszeiten rathaus");
		assertThat(intent.knowledge()).contains("contact:rathaus");
		assertThat(intent.quickReplies()).containsExactly("Adresse?");
		assertThat(intent.answerIn("en")).isEqualTo("Opening hours");
		assertThat(intent.source()).isEqualTo("intents/rathaus.yml:2");
		assertThat(content.synonyms()).containsEntry("personalausweis", List.of("perso", "ausweis"));
		assertThat(content.outOfScope()).containsExactly("Wie wird das Wetter?");
	}

	@Test
	void readsTheStaffsEverydayWordsAndWhichShippedOnesTheySwitchOff() {
		IntentContent content = read(
				file("intents/alltag.yml", "everyday:", "  Knöllchen: [Verwarnungsgeld]", "  Perso: []"));

		assertThat(content.everyday()).containsEntry("Knöllchen", List.of("Verwarnungsgeld"))
			.containsEntry("Perso", List.of());
	}

	@Test
	void namesTheLineOfAnEverydayPhraseTooLongToBeMatched() {
		assertThatThrownBy(() -> read(file("intents/alltag.yml", "everyday:", "  Knöllchen: [Verwarnungsgeld]",
				"  mein Auto ist weg bitte: [Abschleppen]")))
			.isInstanceOf(ContentException.class)
			.hasMessage("intents/alltag.yml:3: everyday word 'mein Auto ist weg bitte' has more than 4 words; "
					+ "write a shorter phrase");
	}

	@Test
	void rejectsADuplicateIdAcrossFiles() {
		ContentFile first = file("intents/a.yml", "intents:",
				"  - {id: danke, title: Danke, answer: Gern, examples: [danke, merci]}");
		ContentFile second = file("intents/b.yml", "# thanks again", "intents:",
				"  - {id: danke, title: Danke, answer: Gern, examples: [danke, merci]}");

		assertThatThrownBy(() -> read(first, second)).isInstanceOf(ContentException.class)
			.hasMessage("intents/b.yml:3: duplicate intent id 'danke' (first defined at intents/a.yml:2)");
	}

	@Test
	void rejectsAnIntentWithTooFewExamples() {
		assertThatThrownBy(() -> read(file("intents/a.yml", "intents:", "  - id: danke", "    title: Danke",
				"    answer: Gern", "    examples:", "      - danke")))
			.hasMessage("intents/a.yml:6: intent 'danke' has 1 examples, needs at least 2");
	}

	@Test
	void rejectsAnIntentWithoutExamples() {
		assertThatThrownBy(
				() -> read(file("intents/a.yml", "intents:", "  - id: danke", "    title: Danke", "    answer: Gern")))
			.hasMessage("intents/a.yml:2: intent 'danke' has 0 examples, needs at least 2");
	}

	@Test
	void rejectsAnUnknownKnowledgeReference() {
		assertThatThrownBy(() -> read(file("intents/a.yml", "intents:", "  - id: buergerbuero", "    title: Bürgerbüro",
				"    knowledge: contact:buergerbuero", "    examples: [a, b]")))
			.hasMessage("intents/a.yml:4: intent 'buergerbuero' refers to unknown knowledge item 'contact:buergerbuero'"
					+ " (expected service:ID, contact:ID or event:ID from the knowledge folder)");
	}

	@Test
	void rejectsAnIdThatIsNotKebabCase() {
		assertThatThrownBy(() -> read(file("intents/a.yml", "intents:", "  - id: Rathaus_Zeiten", "    title: x",
				"    answer: y", "    examples: [a, b]")))
			.hasMessage(
					"intents/a.yml:2: intent id 'Rathaus_Zeiten' must be kebab-case (lower-case letters, digits, hyphens)");
	}

	@Test
	void rejectsAnIntentWithoutAnswerOrKnowledge() {
		assertThatThrownBy(() -> read(
				file("intents/a.yml", "intents:", "  - id: leer", "    title: Leer", "    examples: [a, b]")))
			.hasMessage("intents/a.yml:2: intent 'leer' needs an 'answer' or a 'knowledge' reference");
	}

	@Test
	void aTranslationMayGiveTheTitleTooAndOnlyAnswerAndTitle() {
		IntentContent content = read(
				file("intents/a.yml", "intents:", "  - id: termin", "    title: Termin vereinbaren",
						"    answer: Online.", "    examples: [Termin, Termin buchen]", "    translations:",
						"      en: {title: Book an appointment, answer: Online.}", "      tr: {title: Randevu al}"));

		Intent intent = content.intents().get(0);
		assertThat(intent.titles()).containsEntry("en", "Book an appointment").containsEntry("tr", "Randevu al");
		assertThat(intent.answerIn("en")).isEqualTo("Online.");
		assertThat(intent.answerIn("tr")).as("no Turkish answer: German").isEqualTo("Online.");
		assertThatThrownBy(() -> read(file("intents/a.yml", "intents:", "  - id: termin", "    title: Termin",
				"    answer: Online.", "    examples: [Termin, Termin buchen]", "    translations:",
				"      en: {titel: Appointment}")))
			.hasMessageStartingWith("intents/a.yml:7: unknown field 'titel' (allowed: answer, title)");
	}

	@Test
	void rejectsAnUnknownField() {
		assertThatThrownBy(() -> read(file("intents/a.yml", "intents:", "  - id: danke", "    title: Danke",
				"    answers: Gern", "    examples: [a, b]")))
			.hasMessage(
					"intents/a.yml:4: unknown field 'answers' (allowed: answer, examples, id, knowledge, leichteSprache, quickReplies, title, translations)");
	}

	@Test
	void explainsQuotingWhenAQuestionMarkBreaksAList() {
		assertThatThrownBy(() -> read(file("intents/a.yml", "intents:", "  - id: danke", "    title: Danke",
				"    answer: Gern", "    examples: [Was kannst du?, Hilfe]")))
			.hasMessageStartingWith("intents/a.yml:5: invalid YAML:")
			.hasMessageEndingWith("(tip: put texts containing ? : # , [ ] { } in quotes, e.g. [\"Was kannst du?\"])");
	}

	@Test
	void rejectsInvalidYamlWithItsLine() {
		assertThatThrownBy(
				() -> read(file("intents/a.yml", "intents:", "  - id: danke", "    title: [unclosed", "    answer: x")))
			.isInstanceOf(ContentException.class)
			.hasMessageStartingWith("intents/a.yml:4: invalid YAML:");
	}

	@Test
	void rejectsAMissingTitle() {
		assertThatThrownBy(() -> read(
				file("intents/a.yml", "intents:", "  - id: danke", "    answer: Gern", "    examples: [a, b]")))
			.hasMessage("intents/a.yml:2: missing field 'title'");
	}

}
