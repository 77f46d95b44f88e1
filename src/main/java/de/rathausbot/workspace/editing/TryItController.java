package de.rathausbot.workspace.editing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.Dialogue;
import de.rathausbot.dialogue.Explanation;
import de.rathausbot.generation.Generation;
import de.rathausbot.generation.SourcePassage;
import de.rathausbot.workspace.WorkspaceProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Try it" for editors: {@code POST /api/admin/try} answers like the chat, without
 * recording anything, and shows why: the intent, the confidence and the runner-up
 * candidates with each signal's score.
 */
@RestController
class TryItController {

	private final Dialogue dialogue;

	private final Clock clock;

	TryItController(Dialogue dialogue, Clock clock) {
		this.dialogue = dialogue;
		this.clock = clock;
	}

	/** A question, optionally at another moment (ISO-8601 with offset). */
	record TryRequest(@NotBlank(message = "ask a question") String text, String now) {
	}

	@PostMapping("/api/admin/try")
	ResponseEntity<?> tryIt(@Valid @RequestBody TryRequest request) {
		ZonedDateTime now;
		try {
			now = request.now() == null || request.now().isBlank() ? ZonedDateTime.now(this.clock)
					: OffsetDateTime.parse(request.now()).toZonedDateTime();
		}
		catch (DateTimeParseException ex) {
			return WorkspaceProblem.invalid("now", "an ISO-8601 date-time like 2026-11-26T15:00:00+01:00");
		}
		Answer answer = this.dialogue.answer(request.text(), Optional.empty(), now);
		Explanation explanation = this.dialogue.explanation(request.text());
		return ResponseEntity.ok(new TryResult(answer.text(), answer.outcome().name(), answer.intent(),
				rounded(answer.confidence()), answer.quickReplies(), explanation.terms(),
				explanation.candidates().stream().map(CandidateView::of).toList(),
				answer.generation() == null ? null : ModelView.of(answer.generation())));
	}

	/**
	 * What the bot answers, and why: the terms it read and each candidate's signals, and
	 * what the city's language model was given and wrote (null when it was not asked).
	 */
	record TryResult(String text, String outcome, String intent, double confidence, List<String> quickReplies,
			List<String> terms, List<CandidateView> candidates, ModelView languageModel) {
	}

	/**
	 * The passages the model got, its answer as written, and the check's verdict.
	 *
	 * @param result GENERATED (shown), REJECTED, REFUSED, FAILED or PAUSED
	 * @param reason why it was not shown
	 */
	record ModelView(String result, String reason, String raw, List<SourcePassage> passages) {

		static ModelView of(Generation generation) {
			return new ModelView(generation.result().name(), generation.reason(), generation.raw(),
					generation.passages());
		}

	}

	/** A candidate with its confidence, raw score and each signal's score. */
	record CandidateView(String label, double confidence, double raw, Map<String, Double> signals) {

		static CandidateView of(Explanation.Scored candidate) {
			Map<String, Double> signals = new LinkedHashMap<>();
			candidate.signals().forEach((name, score) -> {
				if (!"raw".equals(name)) {
					signals.put(name, rounded(score));
				}
			});
			return new CandidateView(candidate.label(), rounded(candidate.confidence()), rounded(candidate.raw()),
					signals);
		}

	}

	private static double rounded(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
