package de.rathausbot.evaluation;

import java.util.ArrayList;
import java.util.List;

import de.rathausbot.intents.LabelledExample;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The recommended threshold declines what is unsure and answers what is sure. */
class DecisionAdvisorTests {

	private static Prediction prediction(String expected, String best, double confidence) {
		return new Prediction(expected, best, confidence, "other", 0.05, confidence - 0.05, 1000);
	}

	@Test
	void recommendsAThresholdBetweenRightAnswersAndOutOfScopeQuestions() {
		List<Prediction> predictions = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			predictions.add(prediction("pass", "pass", 0.7 + i / 100.0));
			predictions.add(prediction(LabelledExample.OUT_OF_SCOPE, "pass", 0.3 + i / 100.0));
		}

		DecisionAdvisor.Recommendation recommendation = DecisionAdvisor.recommend(predictions);

		assertThat(recommendation.threshold()).isBetween(0.5, 0.7);
		assertThat(recommendation.utility()).isEqualTo(1.0);
	}

	@Test
	void choosesTheMostAccurateThresholdThatStillDeclinesTheRequiredShare() {
		List<Prediction> predictions = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			predictions.add(prediction("pass", "pass", 0.30 + i / 20.0));
			predictions.add(prediction(LabelledExample.OUT_OF_SCOPE, "pass", 0.20 + i / 20.0));
		}

		DecisionAdvisor.Recommendation atHalf = DecisionAdvisor.recommend(predictions, 0.5);

		LabelReport report = LabelMetrics.report(predictions, atHalf.threshold(), 0, false);
		assertThat(report.oosRecall()).isGreaterThanOrEqualTo(0.5);
		assertThat(report.inScopeAccuracy()).isEqualTo(0.7);
	}

	@Test
	void scoresAccuracyRecallAndPrecisionAtTheThreshold() {
		List<Prediction> predictions = List.of(prediction("pass", "pass", 0.9), prediction("pass", "hours", 0.8),
				prediction("hours", "hours", 0.2), prediction(LabelledExample.OUT_OF_SCOPE, "pass", 0.3),
				prediction(LabelledExample.OUT_OF_SCOPE, "pass", 0.6));

		LabelReport report = LabelMetrics.report(predictions, 0.5, 10, false);

		assertThat(report.inScopeAccuracy()).isEqualTo(0.333);
		assertThat(report.oosRecall()).isEqualTo(0.5);
		assertThat(report.oosPrecision()).isEqualTo(0.5);
		assertThat(report.confusions()).contains(new LabelReport.Confusion("pass", "hours", 1),
				new LabelReport.Confusion("hours", LabelledExample.OUT_OF_SCOPE, 1));
	}

}
