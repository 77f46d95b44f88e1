package de.rathausbot.nlu;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Calibrated confidence is right as often as it says. */
class CalibrationTests {

	@Test
	void mapsRawScoresToHowOftenTheyWereRight() {
		// raw score r is right with probability r², i.e. raw scores are overconfident
		Random random = new Random(7);
		List<Calibration.Observation> observations = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			double raw = random.nextDouble();
			observations.add(new Calibration.Observation(raw, random.nextDouble() < raw * raw));
		}

		Calibration calibration = Calibration.fit(observations);

		assertThat(calibration.apply(0.9)).isCloseTo(0.81, within(0.08));
		assertThat(calibration.apply(0.5)).isCloseTo(0.25, within(0.08));
		assertThat(calibration.apply(0.2)).isLessThan(calibration.apply(0.21));
	}

	@Test
	void estimatesTheChanceThatTheRightAnswerIsAmongTheOffered() {
		// the right answer is always among the offered above 0.4, the best one less often
		Random random = new Random(11);
		List<Calibration.Observation> observations = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			double raw = random.nextDouble();
			boolean right = random.nextDouble() < raw;
			observations.add(new Calibration.Observation(raw, right, right || raw > 0.4));
		}

		Calibration calibration = Calibration.fit(observations);

		assertThat(calibration.offer(0.5)).isGreaterThan(calibration.apply(0.5) + 0.2);
	}

	@Test
	void keepsTheRawScoreWhenThereIsTooLittleToLearnFrom() {
		List<Calibration.Observation> allRight = List.of(new Calibration.Observation(0.9, true),
				new Calibration.Observation(0.8, true), new Calibration.Observation(0.7, true));

		assertThat(Calibration.fit(allRight)).isSameAs(Calibration.NONE);
		assertThat(Calibration.NONE.apply(0.42)).isEqualTo(0.42);
	}

}
