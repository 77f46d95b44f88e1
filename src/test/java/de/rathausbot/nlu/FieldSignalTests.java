package de.rathausbot.nlu;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fields signal reads a catalogue's services the way citizens ask: everyday words,
 * inflections, separable verbs and the parts of compounds find the administration's
 * services; a compound matches only where all its parts do; a word in a name counts more
 * than one in a long text.
 */
class FieldSignalTests {

	private static TrainedModel model;

	@BeforeAll
	static void trainOnACatalogue() {
		NluProperties fieldsOnly = TextAnalyzerTests.DEFAULTS
			.withWeights(new NluProperties.Weights(0, 0, 0, 0, 0, 0, 1, 0));
		LanguageModels models = new LanguageModels(fieldsOnly);
		GermanLexicon lexicon = new GermanLexicon(fieldsOnly, new DefaultResourceLoader());
		List<TrainingExample> examples = List
			.of(service("kennzeichen", "Verlust oder Diebstahl der Kennzeichenschilder",
					"Sind die Schilder weg, zeigen Sie es bei der Polizei an."),
					service("austritt", "Kirchenaustritt", "Den Austritt erklären Sie beim Standesamt."),
					service("neuwagen", "Anmeldung fabrikneues Fahrzeug", "Ein neu gekauftes Fahrzeug zulassen."),
					service("steuer", "Probleme bei der Kfz-Steuer", "Wenn die Steuer nicht bezahlt wurde."),
					service("hund", "Gesundheitszeugnis für Hund und Katze", "Für Reisen mit Tieren ins Ausland."),
					service("fund", "Fundsache abholen", "Verlorene Gegenstände liegen im Fundbüro."),
					service("melde", "Meldebescheinigung",
							"Bestätigt die Anmeldung. Auch eine verlorene Fundsache "
									+ "melden Sie nicht hier, sondern im Fundbüro."))
			.stream()
			.flatMap(List::stream)
			.toList();
		model = TrainedModel.train(
				new TrainedModel.Resources(models, lexicon.resources(), new SentenceEmbeddings(fieldsOnly.embedding())),
				examples, ContentWords.NONE, fieldsOnly);
	}

	private static List<TrainingExample> service(String id, String name, String summary) {
		return List.of(new TrainingExample("service:" + id, name, TrainingExample.Field.NAME),
				new TrainingExample("service:" + id, summary, TrainingExample.Field.SUMMARY));
	}

	private static String best(String question) {
		return model.classify(question).best().map(Candidate::label).orElse("none");
	}

	private static double score(String question, String label) {
		return model.scores(question).perLabel().getOrDefault(label, Map.of()).getOrDefault("fields", 0.0);
	}

	@Test
	void findsTheAdministrationsWordsForEverydayOnes() {
		assertThat(best("Meine Nummernschilder wurden geklaut")).isEqualTo("service:kennzeichen");
	}

	@Test
	void findsACompoundByItsPartsAndAVerbByItsNoun() {
		assertThat(best("Ich möchte aus der Kirche austreten")).isEqualTo("service:austritt");
	}

	@Test
	void joinsASeparableVerbAgain() {
		assertThat(best("Wie melde ich mein neues Auto an?")).isEqualTo("service:neuwagen");
	}

	@Test
	void matchesACompoundOnlyWhereAllItsPartsAre() {
		assertThat(score("Hundesteuer", "service:steuer")).isLessThan(score("Kfz-Steuer", "service:steuer") / 2);
	}

	@Test
	void countsAWordInANameMoreThanOneInALongText() {
		assertThat(score("Fundsache", "service:fund")).isGreaterThan(score("Fundsache", "service:melde"));
		assertThat(best("Fundsache")).isEqualTo("service:fund");
	}

	@Test
	void givesTheSignalItsWeightAsFarAsTheContentIsDescribed() {
		LabelledText described = new LabelledText("service:a", null, TrainingExample.Field.SUMMARY);
		LabelledText named = new LabelledText("service:a", null, TrainingExample.Field.NAME);
		LabelledText intent = new LabelledText("hallo", null, TrainingExample.Field.PHRASING);

		assertThat(FieldSignal.share(List.of(named, described))).isEqualTo(1.0);
		assertThat(FieldSignal.share(List.of(named, described, intent, new LabelledText("b", null),
				new LabelledText("c", null), new LabelledText("d", null))))
			.isEqualTo(0.4);
		assertThat(FieldSignal.share(List.of(intent))).isZero();
	}

}
