package de.rathausbot.nlu;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.springframework.core.io.DefaultResourceLoader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ensemble ranks labels by meaning and is unsure about questions it has never seen
 * the like of.
 */
class IntentClassifierTests {

	private static IntentClassifier classifier;

	@BeforeAll
	static void train() {
		classifier = new IntentClassifier(new LanguageModels(TextAnalyzerTests.DEFAULTS),
				new GermanLexicon(TextAnalyzerTests.DEFAULTS, new DefaultResourceLoader()),
				new SentenceEmbeddings(TextAnalyzerTests.DEFAULTS.embedding()), TextAnalyzerTests.DEFAULTS,
				de.rathausbot.tenant.Tenants.single());
		classifier.train(
				List.of(new TrainingExample("hours", "Wann hat das Rathaus geöffnet?"),
						new TrainingExample("hours", "Öffnungszeiten Rathaus"),
						new TrainingExample("hours", "Ist die Stadtverwaltung heute offen?"),
						new TrainingExample("passport", "Was kostet ein Reisepass?"),
						new TrainingExample("passport", "Reisepass beantragen"),
						new TrainingExample("passport", "Welche Unterlagen brauche ich für den Pass?"),
						new TrainingExample(IntentClassifier.OUT_OF_SCOPE, "Wie wird das Wetter morgen?"),
						new TrainingExample(IntentClassifier.OUT_OF_SCOPE, "Erzähl mir einen Witz")),
				new ContentWords(Map.of("rathaus", List.of("stadtverwaltung")), Set.of("heute", "morgen")));
	}

	@Test
	void ranksTheMatchingLabelFirst() {
		Interpretation interpretation = classifier.classify("Wann ist das Rathaus offen?");

		assertThat(interpretation.best()).get().extracting(Candidate::label).isEqualTo("hours");
		assertThat(interpretation.best().get().signals()).containsKeys("tfidf", "bm25", "ngram", "maxent");
	}

	@Test
	void toleratesTyposAndTransliteration() {
		assertThat(classifier.classify("reisepas kosten").best()).get()
			.extracting(Candidate::label)
			.isEqualTo("passport");
		assertThat(classifier.classify("oeffnungszeiten rathaus").best()).get()
			.extracting(Candidate::label)
			.isEqualTo("hours");
	}

	@Test
	void isLessConfidentAboutUnknownThings() {
		double known = classifier.classify("Wann hat das Rathaus geöffnet?").best().get().confidence();
		double unknown = classifier.classify("Wann hat das Hallenbad geöffnet?").best().get().confidence();

		assertThat(unknown).isLessThan(known * 0.8);
	}

	@Test
	void learnsOutOfScopeAsALabelOfItsOwn() {
		assertThat(classifier.classify("Erzähl mir bitte einen Witz").best()).get()
			.extracting(Candidate::label)
			.isEqualTo(IntentClassifier.OUT_OF_SCOPE);
	}

	@Test
	void aQuestionAskedAgainIsAnsweredFromMemoryAndTimingMeasuresTheMatchingItself() {
		NluProperties d = TextAnalyzerTests.DEFAULTS;
		NluProperties remembering = new NluProperties(d.threshold(), d.margin(), d.weights(), d.maxentIterations(),
				d.lemmatize(), d.unknownWordPenalty(), d.embedding(), d.calibrationFolds(), d.language(), d.lexicon(),
				d.fields(), d.clarify(), d.passageShare(), d.pageFactor(), false, "", 100);
		IntentClassifier remembers = new IntentClassifier(new LanguageModels(remembering),
				new GermanLexicon(remembering, new DefaultResourceLoader()),
				new SentenceEmbeddings(remembering.embedding()), remembering, de.rathausbot.tenant.Tenants.single());
		remembers.train(List.of(new TrainingExample("hours", "Wann hat das Rathaus geöffnet?"),
				new TrainingExample("passport", "Was kostet ein Reisepass?")), ContentWords.NONE);
		TrainedModel model = remembers.current();

		Interpretation first = model.classify("Wann ist das Rathaus offen?");

		assertThat(model.classify("Wann ist das Rathaus offen?")).isSameAs(first);
		assertThat(model.classifyAnew("Wann ist das Rathaus offen?")).isNotSameAs(first).isEqualTo(first);
		// without memory (the default of these tests), each question is analysed
		assertThat(classifier.current().classify("Reisepass")).isNotSameAs(classifier.current().classify("Reisepass"));
	}

}
