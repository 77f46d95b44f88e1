package de.rathausbot.generation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import de.rathausbot.privacy.PersonalData;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Asks the city's language model to phrase an answer from passages of the city's own
 * knowledge, and shows it only if {@link FactCheck} finds every fact in the passages it
 * cites. The question is sent without personal data ({@link PersonalData#redact}); the
 * passages are public content. Without {@code rathausbot.llm.base-url} nothing is ever
 * sent.
 */
@Service
public class GeneratedAnswers {

	private static final Logger log = LoggerFactory.getLogger(GeneratedAnswers.class);

	private final GenerationProperties settings;

	private final Optional<CityLanguageModel> model;

	private final ModelCircuit circuit;

	private final FactCheck check = new FactCheck();

	private final MeterRegistry meters;

	GeneratedAnswers(GenerationProperties settings, Clock clock, MeterRegistry meters) {
		this.settings = settings;
		this.meters = meters;
		this.model = settings.enabled() ? Optional.of(new CityLanguageModel(settings)) : Optional.empty();
		this.circuit = new ModelCircuit(settings.failuresToOpen(), settings.openFor(), clock);
		if (settings.enabled()) {
			log.info("Answers from pages are phrased by the model {} at {}", settings.model(), settings.endpoint());
		}
	}

	/** Whether a model is configured. */
	public boolean enabled() {
		return this.model.isPresent();
	}

	/** How many passages the model gets at most. */
	public int passages() {
		return this.settings.passages();
	}

	/**
	 * The model's answer to a question from these passages, checked.
	 * @param language the citizen's language ({@code de}, {@code en})
	 */
	public Generation phrase(String question, List<SourcePassage> passages, String language) {
		if (this.model.isEmpty() || passages.isEmpty()) {
			throw new IllegalStateException("no model configured, or nothing to answer from");
		}
		List<SourcePassage> given = passages.stream().limit(this.settings.passages()).toList();
		if (!this.circuit.allows()) {
			return counted(Generation.notShown(Generation.Result.PAUSED, "",
					"das Modell hat mehrmals nicht geantwortet und wird kurz nicht gefragt", given));
		}
		String raw;
		try {
			raw = this.model.get().answer(new GroundedPrompt(PersonalData.redact(question), given, language));
			this.circuit.succeeded();
		}
		catch (RuntimeException ex) {
			this.circuit.failed();
			// the message, not the request: it would hold the question
			log.warn("The language model at {} did not answer: {}", this.settings.endpoint(), ex.toString());
			return counted(Generation.notShown(Generation.Result.FAILED, "", failure(ex), given));
		}
		FactCheck.Verdict verdict = this.check.check(raw, given);
		return counted(switch (verdict.kind()) {
			case ACCEPTED -> shown(raw.strip(), given, verdict, language);
			case REFUSED -> Generation.notShown(Generation.Result.REFUSED, raw, verdict.reason(), given);
			case REJECTED -> Generation.notShown(Generation.Result.REJECTED, raw, verdict.reason(), given);
		});
	}

	private static Generation shown(String answer, List<SourcePassage> given, FactCheck.Verdict verdict,
			String language) {
		boolean english = "en".equals(language);
		StringBuilder text = new StringBuilder(answer).append("\n\n").append(english ? "Sources:" : "Quellen:");
		List<SourcePassage> cited = verdict.cited().stream().sorted().map(n -> given.get(n - 1)).toList();
		for (int n : verdict.cited().stream().sorted().toList()) {
			SourcePassage source = given.get(n - 1);
			text.append("\n- [").append(n).append("] ");
			text.append(source.url() == null ? "**" + source.title() + "**"
					: "[" + source.title() + "](" + source.url() + ")");
		}
		text.append("\n\n")
			.append(english ? "Summarised automatically from the city's pages."
					: "Automatisch aus den Seiten der Stadt zusammengefasst.");
		return new Generation(Generation.Result.GENERATED, text.toString(), answer, "", given, cited);
	}

	private static String failure(RuntimeException ex) {
		String name = ex.getClass().getSimpleName();
		Throwable cause = ex;
		while (cause.getCause() != null && cause.getCause() != cause) {
			cause = cause.getCause();
		}
		boolean timeout = name.contains("Timeout") || cause instanceof java.net.http.HttpTimeoutException
				|| cause instanceof java.util.concurrent.TimeoutException;
		return timeout ? "keine Antwort in der Wartezeit" : "Fehler des Modells (" + name + ")";
	}

	private Generation counted(Generation generation) {
		Counter.builder("rathausbot.generation")
			.description("Answers the language model was asked for, by what became of them")
			.tag("result", generation.result().name().toLowerCase(java.util.Locale.ROOT))
			.register(this.meters)
			.increment();
		return generation;
	}

}
