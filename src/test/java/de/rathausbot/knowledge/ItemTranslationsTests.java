package de.rathausbot.knowledge;

import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import de.rathausbot.content.ContentFiles.ContentFile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Knowledge items' {@code translations:} per field and a service's
 * {@code leichteSprache:}: what is read, when a translation counts as complete, and
 * broken translations named with file, line and problem.
 */
class ItemTranslationsTests {

	private static ContentFile file(String name, String... lines) {
		return new ContentFile(name, String.join("\n", lines) + "\n");
	}

	private static ItemTranslations services(String... lines) {
		ItemTranslations.Collector collector = new ItemTranslations.Collector();
		new KnowledgeFileReader(collector).services(List.of(file("knowledge/services.yml", lines)), Set.of("amt"));
		return collector.collected();
	}

	private static final String[] PASSPORT = { "services:", "  - id: reisepass", "    name: Reisepass",
			"    summary: Beantragen Sie ihn im Bürgerbüro.", "    fees:",
			"      - {amount: \"70,00\", condition: ab 24 Jahren}",
			"      - {amount: \"37,50\", condition: unter 24 Jahren}", "    documents: [ein biometrisches Passfoto]",
			"    contact: amt" };

	private static String[] passportWith(String... translation) {
		List<String> lines = new java.util.ArrayList<>(List.of(PASSPORT));
		lines.addAll(List.of(translation));
		return lines.toArray(String[]::new);
	}

	private static final Service GERMAN = new KnowledgeFileReader()
		.services(List.of(file("knowledge/services.yml", PASSPORT)), Set.of("amt"))
		.get(0);

	@Test
	void aTranslatedServiceHasTheTranslatedFieldsAndKeepsAmountsAndContact() {
		ItemTranslations translations = services(passportWith("    translations:", "      en:",
				"        name: Passport", "        synonyms: [travel document]",
				"        summary: Apply for it at the Bürgerbüro.", "        fees: [aged 24 and over, under 24]",
				"        documents: [a biometric passport photo]"));

		Service english = translations.in(GERMAN, "en");
		assertThat(english.name()).isEqualTo("Passport");
		assertThat(english.synonyms()).containsExactly("travel document");
		assertThat(english.fees()).extracting(Fee::condition).containsExactly("aged 24 and over", "under 24");
		assertThat(english.fees()).extracting(Fee::amount).isEqualTo(GERMAN.fees().stream().map(Fee::amount).toList());
		assertThat(english.contactId()).contains("amt");
		assertThat(translations.complete("service:reisepass", "en")).isTrue();
		assertThat(translations.in(GERMAN, "tr")).as("no Turkish: the German item").isSameAs(GERMAN);
		assertThat(translations.languages()).containsExactly("en");
	}

	@Test
	void aTranslationThatLeavesAGermanTextIsIncompleteAndShowsTheGermanText() {
		ItemTranslations translations = services(passportWith("    translations:", "      en:",
				"        name: Passport", "        summary: Apply for it at the Bürgerbüro."));

		assertThat(translations.complete("service:reisepass", "en")).as("documents and fee conditions are German")
			.isFalse();
		assertThat(translations.in(GERMAN, "en").documents()).containsExactly("ein biometrisches Passfoto");
		assertThat(translations.languagesOf("service:reisepass")).containsExactly("en");
	}

	@Test
	void aServiceKeepsItsTextInLeichteSprache() {
		ItemTranslations translations = services(passportWith("    leichteSprache: |", "      Sie wollen verreisen?",
				"      Dann brauchen Sie einen Pass."));

		assertThat(translations.leichteSprache("service:reisepass")).get()
			.asString()
			.startsWith("Sie wollen verreisen?");
	}

	@Test
	void brokenTranslationsAreNamedWithFileLineAndProblem() {
		assertThatThrownBy(() -> services(passportWith("    translations:", "      en:", "        fee: 70 Euro")))
			.hasMessageStartingWith("knowledge/services.yml:12: unknown field 'fee'");
		assertThatThrownBy(
				() -> services(passportWith("    translations:", "      english:", "        name: Passport")))
			.hasMessageContaining("knowledge/services.yml:12")
			.hasMessageContaining("'english' must be a two-letter language code");
		assertThatThrownBy(() -> services(passportWith("    translations:", "      de:", "        name: Pass")))
			.hasMessageContaining("other than de");
		assertThatThrownBy(
				() -> services(passportWith("    translations:", "      en:", "        fees: [aged 24 and over]")))
			.hasMessageContaining("knowledge/services.yml:12")
			.hasMessageContaining("gives 1 fee condition(s), the service has 2 fee(s)");
	}

	@Test
	void aKommuneInheritsTheLandkreissTranslationsButNotForAnItemOfItsOwn() {
		ItemTranslations.Collector landkreis = new ItemTranslations.Collector();
		List<Service> landkreisServices = new KnowledgeFileReader(landkreis).services(
				List.of(file("knowledge/services.yml",
						passportWith("    translations:", "      en: {name: Passport, summary: Apply in person.}"))),
				Set.of("amt"));
		KnowledgeBase.Snapshot parent = Inheritance.merge(KnowledgeBase.Snapshot.EMPTY, Set.of(), "landkreis",
				landkreisServices, List.of(), List.of(), List.of(), List.of(), landkreis.collected());
		Service own = new Service("reisepass", "Reisepass", List.of(), "Bei uns im Rathaus.", List.of(),
				java.util.Optional.empty(), List.of(), List.of(), java.util.Optional.empty(),
				java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(),
				java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty());

		KnowledgeBase.Snapshot inheriting = Inheritance.merge(parent, Set.of(), "kommune", List.of(), List.of(),
				List.of(), List.of(), List.of(), ItemTranslations.NONE);
		KnowledgeBase.Snapshot withOwn = Inheritance.merge(parent, Set.of(), "kommune", List.of(own), List.of(),
				List.of(), List.of(), List.of(), ItemTranslations.NONE);

		assertThat(inheriting.translations().in(landkreisServices.get(0), "en").name()).isEqualTo("Passport");
		assertThat(withOwn.translations().in(own, "en")).as("the Kommune's own German text, not the Landkreis's")
			.isSameAs(own);
	}

	@Test
	void contactsEventsAndFaqEntriesAreTranslatedToo() {
		ItemTranslations.Collector collector = new ItemTranslations.Collector();
		KnowledgeFileReader reader = new KnowledgeFileReader(collector);
		Contact office = reader.contacts(List.of(file("knowledge/contacts.yml", "contacts:", "  - id: amt",
				"    name: Bürgerbüro", "    description: Ausweise und Pässe.", "    translations:",
				"      en: {name: \"Citizens' office\", description: ID cards and passports.}")))
			.get(0);
		Faq faq = reader.faqs(List.of(file("knowledge/faq.yml", "faq:", "  - id: online",
				"    question: Geht das online?", "    answer: Nein.", "    translations:",
				"      en: {question: \"Can I do it online?\", answer: No.}")))
			.get(0);
		Event tour = new EventFileReader(ZoneId.of("Europe/Berlin"))
			.fromYaml(file("knowledge/events.yml", "events:", "  - id: tour", "    title: Stadtführung",
					"    start: 2026-04-04T14:00", "    description: Rundgang.", "    translations:",
					"      en: {title: City tour}"), collector)
			.get(0);
		ItemTranslations translations = collector.collected();

		assertThat(translations.in(office, "en").description()).contains("ID cards and passports.");
		assertThat(translations.in(faq, "en").answer()).isEqualTo("No.");
		assertThat(translations.complete("faq:online", "en")).isTrue();
		assertThat(translations.in(tour, "en").title()).isEqualTo("City tour");
		assertThat(translations.complete("event:tour", "en")).as("its description is German").isFalse();
	}

}
