package de.rathausbot.evaluation;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;

import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.Dialogue;

/** Answers every case with the dialogue (nothing is stored) and scores the replies. */
final class Evaluation {

	private final Dialogue dialogue;

	private final Clock clock;

	Evaluation(Dialogue dialogue, Clock clock) {
		this.dialogue = dialogue;
		this.clock = clock;
	}

	Report run(List<EvaluationCase> cases) {
		Map<String, int[]> byCategory = new LinkedHashMap<>();
		for (String category : List.of("inScope", "outOfScope", "near", "timed")) {
			byCategory.put(category, new int[2]);
		}
		List<Report.Failure> failures = new ArrayList<>();
		long[] latencies = new long[cases.size()];
		// warm-up, so that the latencies are those of a running server
		cases.stream().limit(200).forEach(c -> this.dialogue.answer(c.question(), Optional.empty(), now(c)));
		int passed = 0;
		Map<String, Long> languageModel = new TreeMap<>();
		for (int i = 0; i < cases.size(); i++) {
			EvaluationCase c = cases.get(i);
			ZonedDateTime now = now(c);
			long start = System.nanoTime();
			Answer answer = this.dialogue.answer(c.question(), Optional.empty(), now);
			latencies[i] = System.nanoTime() - start;
			if (answer.generation() != null) {
				languageModel.merge(answer.generation().result().name().toLowerCase(Locale.ROOT), 1L, Long::sum);
			}
			boolean ok = c.passes(answer.text(), answer.fallback());
			int[] counts = byCategory.get(c.category());
			counts[1]++;
			if (ok) {
				counts[0]++;
				passed++;
			}
			else {
				var interpretation = this.dialogue.explain(c.question());
				String candidates = "terms " + interpretation.terms() + " unknown nouns "
						+ interpretation.unknownNouns() + " → "
						+ interpretation.candidates()
							.stream()
							.limit(3)
							.map(k -> k.label() + " " + Math.round(k.confidence() * 100) / 100.0 + " " + k.signals())
							.reduce((a, b) -> a + "; " + b)
							.orElse("none");
				failures
					.add(new Report.Failure(c.question(), expected(c), answer.fallback() ? "FALLBACK" : answer.text(),
							answer.intent(), answer.confidence(), candidates));
			}
		}
		// the matcher alone: what understanding a message costs, without building the
		// answer
		long[] nlu = new long[cases.size()];
		for (int i = 0; i < cases.size(); i++) {
			long start = System.nanoTime();
			this.dialogue.explain(cases.get(i).question());
			nlu[i] = System.nanoTime() - start;
		}
		Arrays.sort(nlu);
		Map<String, Double> shares = new LinkedHashMap<>();
		byCategory.forEach((k, v) -> shares.put(k, v[1] == 0 ? 1.0 : round((double) v[0] / v[1])));
		Arrays.sort(latencies);
		return new Report(cases.size(), shares, cases.isEmpty() ? 1.0 : round((double) passed / cases.size()),
				percentile(latencies, 0.50), percentile(latencies, 0.99), percentile(nlu, 0.50), percentile(nlu, 0.99),
				failures, languageModel);
	}

	private ZonedDateTime now(EvaluationCase c) {
		return c.now() != null ? c.now().toZonedDateTime() : ZonedDateTime.now(this.clock);
	}

	private static String expected(EvaluationCase c) {
		if (c.near()) {
			return "fallback or none of " + c.forbid();
		}
		if (c.fallback()) {
			return "fallback";
		}
		return "all of " + c.expect() + (c.forbid().isEmpty() ? "" : ", none of " + c.forbid());
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = (int) Math.ceil(p * sorted.length) - 1;
		return round(sorted[Math.max(0, index)] / 1_000_000.0);
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
