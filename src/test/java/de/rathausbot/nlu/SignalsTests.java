package de.rathausbot.nlu;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each lexical signal on its own: it scores the label whose examples fit the question
 * highest, and within [0, 1].
 */
class SignalsTests {

	private static AnalyzedText text(String folded, String... terms) {
		return new AnalyzedText(folded, Arrays.asList(terms), folded, 0, List.of());
	}

	private static final List<LabelledText> TRAINING = List.of(
			new LabelledText("passport", text("was kostet ein reisepass", "kost", "reisepass")),
			new LabelledText("passport", text("reisepass beantragen", "reisepass", "beantrag")),
			new LabelledText("hours", text("wann hat das rathaus geoeffnet", "wann", "rathaus", "geoeffnet")),
			new LabelledText("hours", text("oeffnungszeiten rathaus", "oeffnungszeit", "rathaus")));

	private static void ranksPassportFirst(Map<String, Double> scores) {
		assertThat(scores.get("passport")).isGreaterThan(scores.getOrDefault("hours", 0.0)).isLessThanOrEqualTo(1.0);
		assertThat(scores.values()).allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0));
	}

	@Test
	void tfidfScoresTheClosestExample() {
		TfIdfSignal signal = new TfIdfSignal(TRAINING, new TermWeights(TRAINING));

		ranksPassportFirst(signal.score(text("reisepass kosten", "reisepass", "kost")));
		assertThat(signal.score(text("reisepass kosten", "reisepass", "kost")).get("passport")).isEqualTo(1.0,
				org.assertj.core.api.Assertions.within(1e-9));
	}

	@Test
	void bm25ScoresAllExamplesOfALabelTogether() {
		ranksPassportFirst(new Bm25Signal(TRAINING).score(text("reisepass beantragen", "reisepass", "beantrag")));
	}

	@Test
	void characterTrigramsSurviveTypos() {
		// no term matches: "reispas" is a typo the term-based signals cannot see
		ranksPassportFirst(new CharNgramSignal(TRAINING).score(text("reispas kosstet", "reispas", "kosstet")));
	}

	@Test
	void maxentGivesProbabilitiesOverTheLabels() {
		Map<String, Double> scores = new MaxentSignal(TRAINING, 100, 1)
			.score(text("reisepass beantragen", "reisepass", "beantrag"));

		ranksPassportFirst(scores);
		assertThat(scores.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0,
				org.assertj.core.api.Assertions.within(1e-6));
	}

}
