package de.rathausbot.generation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The city's model through an OpenAI-compatible server (a stub): what it is sent, what is
 * shown, and what happens when it fails.
 */
class GeneratedAnswersTests {

	private static final List<SourcePassage> PASSAGES = List.of(new SourcePassage("Umzug – Bürgerbüro",
			"https://www.ludwigsburg.de/umzug",
			"Bitte bringen Sie mit: Ihren Personalausweis und die Wohnungsgeberbestätigung. Die Anmeldung ist kostenlos."));

	private StubLanguageModel model;

	private SimpleMeterRegistry meters;

	@BeforeEach
	void start() throws Exception {
		this.model = new StubLanguageModel();
		this.meters = new SimpleMeterRegistry();
	}

	@AfterEach
	void stop() {
		this.model.close();
	}

	private GeneratedAnswers answers(Duration timeout) {
		return new GeneratedAnswers(
				new GenerationProperties(this.model.url(), "stub", "secret-key", timeout, 400, 0, 4, 2,
						Duration.ofMinutes(1)),
				Clock.fixed(Instant.parse("2026-11-30T10:00:00Z"), ZoneOffset.UTC), this.meters);
	}

	@Test
	void aGroundedAnswerIsShownWithItsSourcesAndTheLabel() {
		this.model.answer(prompt -> "Bringen Sie Ihren Personalausweis und die Wohnungsgeberbestätigung mit [1].");

		Generation generation = answers(Duration.ofSeconds(5)).phrase("Was muss ich mitbringen?", PASSAGES, "de");

		assertThat(generation.result()).isEqualTo(Generation.Result.GENERATED);
		assertThat(generation.text()).startsWith("Bringen Sie Ihren Personalausweis")
			.contains("Quellen:\n- [1] [Umzug – Bürgerbüro](https://www.ludwigsburg.de/umzug)")
			.endsWith("Automatisch aus den Seiten der Stadt zusammengefasst.");
		assertThat(generation.cited()).containsExactly(PASSAGES.get(0));
		assertThat(this.meters.get("rathausbot.generation").tag("result", "generated").counter().count()).isEqualTo(1);
	}

	@Test
	void anAnswerWithAFeeThatIsNotInThePassagesIsNotShown() {
		this.model.answer(prompt -> "Die Anmeldung kostet 15,00 € [1].");

		Generation generation = answers(Duration.ofSeconds(5)).phrase("Was kostet die Anmeldung?", PASSAGES, "de");

		assertThat(generation.result()).isEqualTo(Generation.Result.REJECTED);
		assertThat(generation.text()).isEmpty();
		assertThat(generation.raw()).isEqualTo("Die Anmeldung kostet 15,00 € [1].");
		assertThat(generation.reason()).isEqualTo("die Zahl 15,00 steht nicht in den Quellen [1]");
	}

	@Test
	void theModelGetsTheNumberedPassagesAndTheQuestionWithoutPersonalDataAndNeverTheKeyInTheBody() {
		this.model.answer(prompt -> "KEINE ANTWORT");

		Generation generation = answers(Duration.ofSeconds(5)).phrase(
				"Ich bin erreichbar unter max.mustermann@example.org oder 0176 12345678, was muss ich mitbringen?",
				PASSAGES, "de");

		assertThat(generation.result()).isEqualTo(Generation.Result.REFUSED);
		String body = this.model.requests().get(0);
		assertThat(body).doesNotContain("mustermann", "12345678", "secret-key")
			.contains("[1] Umzug – Bürgerbüro", "Wohnungsgeberbestätigung", "was muss ich mitbringen?",
					"\"temperature\" : 0.0");
	}

	@Test
	void aTimeoutOrAnErrorFallsBackAndRepeatedFailuresLeaveTheModelAloneForAWhile() {
		GeneratedAnswers answers = answers(Duration.ofMillis(300));
		this.model.answer(prompt -> "Die Anmeldung ist kostenlos [1].").answerAfter(Duration.ofSeconds(3));

		Generation late = answers.phrase("Kostet die Anmeldung etwas?", PASSAGES, "de");
		this.model.failWith(500);
		Generation failed = answers.phrase("Kostet die Anmeldung etwas?", PASSAGES, "de");
		int asked = this.model.requests().size();
		Generation paused = answers.phrase("Kostet die Anmeldung etwas?", PASSAGES, "de");

		assertThat(late.result()).isEqualTo(Generation.Result.FAILED);
		assertThat(late.reason()).isEqualTo("keine Antwort in der Wartezeit");
		assertThat(failed.result()).isEqualTo(Generation.Result.FAILED);
		assertThat(paused.result()).isEqualTo(Generation.Result.PAUSED);
		assertThat(this.model.requests()).hasSize(asked);
	}

	@Test
	void theSettingsNeverShowTheKey() {
		GenerationProperties settings = new GenerationProperties("https://llm.example.org/v1", "m", "sk-secret",
				Duration.ofSeconds(8), 400, 0, 4, 3, Duration.ofMinutes(1));

		assertThat(settings.toString()).doesNotContain("sk-secret").contains("apiKey=***");
		assertThat(settings.endpoint()).isEqualTo("https://llm.example.org");
	}

}
