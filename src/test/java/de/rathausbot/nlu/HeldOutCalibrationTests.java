package de.rathausbot.nlu;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.DefaultResourceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The confidence is calibrated on the content's own held-out names and synonyms, so that
 * the same threshold answers a clear question and declines an unrelated one in a small
 * and in a large catalogue, without tuning: generated catalogues of 6 and 600 services
 * whose staff keywords are partly shared ("Genehmigung" is a keyword of every service).
 */
class HeldOutCalibrationTests {

	private static final String[] SYLLABLES = { "ba", "ko", "mi", "ru", "te", "lo", "fa", "ni", "so", "pu", "de", "gi",
			"ha", "ve", "zo", "wu", "ka", "re", "li", "mo" };

	/** Pseudo-words no dictionary knows: "Bakomi", "Korumi", …, distinct. */
	private static String thing(int i) {
		String word = SYLLABLES[i % 20] + SYLLABLES[(i / 20) % 20] + SYLLABLES[(i / 400 + 7) % 20] + "ler";
		return Character.toUpperCase(word.charAt(0)) + word.substring(1);
	}

	private static List<TrainingExample> catalogue(int services) {
		List<TrainingExample> examples = new ArrayList<>();
		for (int i = 0; i < services; i++) {
			String label = "service:s" + i;
			String thing = thing(i);
			examples.add(new TrainingExample(label, "Genehmigung für " + thing, TrainingExample.Field.NAME));
			examples.add(new TrainingExample(label, thing + " beantragen"));
			examples.add(new TrainingExample(label, thing + "schein"));
			examples.add(new TrainingExample(label, "Genehmigung"));
			examples.add(
					new TrainingExample(label,
							"Wer " + thing + " betreiben will, braucht eine Genehmigung der "
									+ "Stadt. Den Antrag stellen Sie online oder im Amt.",
							TrainingExample.Field.SUMMARY));
		}
		for (String question : List.of("Wie wird das Wetter morgen?", "Erzähl mir einen Witz",
				"Wer hat das Spiel gewonnen?", "Welches Handy soll ich kaufen?", "Spiel Musik von den Beatles",
				"Wie viel ist 17 mal 23?", "Buche mir einen Flug", "Was läuft heute im Fernsehen?")) {
			examples.add(new TrainingExample(IntentClassifier.OUT_OF_SCOPE, question));
		}
		return examples;
	}

	@ParameterizedTest
	@ValueSource(ints = { 6, 600 })
	void answersAClearQuestionAndDeclinesAnUnrelatedOneAtTheDefaultThreshold(int services) {
		NluProperties settings = TextAnalyzerTests.DEFAULTS.withCalibrationFolds(3);
		IntentClassifier classifier = new IntentClassifier(new LanguageModels(settings),
				new GermanLexicon(settings, new DefaultResourceLoader()), new SentenceEmbeddings(settings.embedding()),
				settings, de.rathausbot.tenant.Tenants.single());
		classifier.train(catalogue(services), ContentWords.NONE);
		// the default rathausbot.nlu.threshold
		double threshold = 0.55;

		assertThat(classifier.isCalibrated()).isTrue();
		Candidate clear = classifier.classify("Ich möchte eine Genehmigung für " + thing(5) + " beantragen")
			.best()
			.orElseThrow();
		assertThat(clear.label()).isEqualTo("service:s5");
		assertThat(clear.confidence()).isGreaterThanOrEqualTo(threshold);
		assertThat(classifier.classify("Wo kann ich günstig Schuhe kaufen?").best().orElseThrow().confidence())
			.isLessThan(threshold);
	}

}
