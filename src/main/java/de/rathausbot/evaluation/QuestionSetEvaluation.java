package de.rathausbot.evaluation;

import java.io.PrintStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.Dialogue;
import de.rathausbot.dialogue.Outcome;
import de.rathausbot.intents.LabelledExample;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.knowledge.Service;
import de.rathausbot.nlu.Candidate;

/**
 * Asks labelled questions of the whole bot, as a citizen would, and scores what it did:
 * answered with the right item, offered it in a clarification, answered with a wrong one,
 * or declined; beside it, the same questions through a plain BM25 over the services
 * ({@link SiteSearch}, the city's website search). A label may name several right answers
 * ({@code service:a|service:b}).
 */
final class QuestionSetEvaluation {

	private static final int SHOWN = 40;

	private final Dialogue dialogue;

	private final KnowledgeBase knowledge;

	private final UnaryOperator<String> target;

	private final Clock clock;

	private final PrintStream out;

	QuestionSetEvaluation(Dialogue dialogue, KnowledgeBase knowledge, UnaryOperator<String> target, Clock clock,
			PrintStream out) {
		this.dialogue = dialogue;
		this.knowledge = knowledge;
		this.target = target;
		this.clock = clock;
		this.out = out;
	}

	/** What happened to one question. */
	record Asked(String question, Set<String> expected, Outcome outcome, String answered, double confidence,
			List<String> offered, List<String> ranked, List<String> siteSearch, long nanos) {

		boolean outOfScope() {
			return this.expected.isEmpty();
		}

		boolean answeredRight() {
			return this.outcome == Outcome.ANSWERED && this.expected.contains(this.answered);
		}

		boolean offeredRight() {
			return answeredRight()
					|| this.outcome == Outcome.CLARIFIED && this.offered.stream().anyMatch(this.expected::contains);
		}

		boolean answeredWrong() {
			return this.outcome == Outcome.ANSWERED && !this.expected.contains(this.answered);
		}

		boolean declined() {
			return this.outcome == Outcome.FALLBACK;
		}

		boolean rankedIn(List<String> labels, int top) {
			return labels.stream().limit(top).anyMatch(this.expected::contains);
		}

	}

	/**
	 * The shares over the in-scope questions (answered right, offered right, answered
	 * wrong, ranked first or among three) and over the out-of-scope ones (declined), with
	 * the site search's top-1 and top-3 on the same in-scope questions.
	 */
	record Result(int inScope, int outOfScope, double answeredRight, double offeredRight, double answeredWrong,
			double clarified, double fellBack, double top1, double top3, double oosDeclined, double oosAnsweredWrong,
			double siteSearchTop1, double siteSearchTop3, double p50Ms, double p99Ms, List<Asked> asked) {

		String summaryJson() {
			return String.format(Locale.ROOT,
					"{\"questions\":%d,\"outOfScope\":%d,\"answeredRight\":%.3f,\"offeredRight\":%.3f,"
							+ "\"answeredWrong\":%.3f,\"clarified\":%.3f,\"fellBack\":%.3f,\"top1\":%.3f,\"top3\":%.3f,"
							+ "\"oosDeclined\":%.3f,\"p50Ms\":%.3f,\"p99Ms\":%.3f}",
					this.inScope, this.outOfScope, this.answeredRight, this.offeredRight, this.answeredWrong,
					this.clarified, this.fellBack, this.top1, this.top3, this.oosDeclined, this.p50Ms, this.p99Ms);
		}

		String baselineJson() {
			return String.format(Locale.ROOT,
					"{\"baseline\":\"bm25\",\"questions\":%d,\"top1\":%.3f,\"top3\":%.3f,\"oosDeclined\":0.000}",
					this.inScope, this.siteSearchTop1, this.siteSearchTop3);
		}

	}

	Result run(List<LabelledExample> questions) {
		SiteSearch siteSearch = siteSearch();
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		// warm-up, so that the latencies are those of a running server
		questions.forEach(q -> this.dialogue.answer(q.text(), Optional.empty(), now));
		List<Asked> asked = new ArrayList<>();
		for (LabelledExample question : questions) {
			long start = System.nanoTime();
			Answer answer = this.dialogue.answer(question.text(), Optional.empty(), now);
			long nanos = System.nanoTime() - start;
			List<String> ranked = this.dialogue.explain(question.text())
				.candidates()
				.stream()
				.map(Candidate::label)
				.map(this.target)
				.distinct()
				.toList();
			asked.add(new Asked(question.text(), expected(question), answer.outcome(),
					answer.intent() == null ? null : this.target.apply(answer.intent()), answer.confidence(),
					answer.options().stream().map(this.target).toList(), ranked, siteSearch.search(question.text(), 3),
					nanos));
		}
		List<Asked> in = asked.stream().filter(a -> !a.outOfScope()).toList();
		List<Asked> oos = asked.stream().filter(Asked::outOfScope).toList();
		long[] nanos = asked.stream().mapToLong(Asked::nanos).sorted().toArray();
		return new Result(in.size(), oos.size(), share(in, Asked::answeredRight), share(in, Asked::offeredRight),
				share(in, Asked::answeredWrong), share(in, a -> a.outcome() == Outcome.CLARIFIED),
				share(in, Asked::declined), share(in, a -> a.rankedIn(a.ranked(), 1)),
				share(in, a -> a.rankedIn(a.ranked(), 3)), share(oos, Asked::declined), share(oos, a -> !a.declined()),
				share(in, a -> a.rankedIn(a.siteSearch(), 1)), share(in, a -> a.rankedIn(a.siteSearch(), 3)),
				percentile(nanos, 0.5), percentile(nanos, 0.99), asked);
	}

	void print(Result result, boolean baseline) {
		this.out.println("dialogue: " + result.summaryJson());
		if (baseline) {
			this.out.println("site search: " + result.baselineJson());
		}
		List<Asked> wrong = result.asked()
			.stream()
			.filter(a -> a.outOfScope() ? !a.declined() : !a.answeredRight())
			.toList();
		if (!wrong.isEmpty()) {
			this.out.println();
			this.out.println("not answered right (" + wrong.size() + "), first " + SHOWN + ":");
			wrong.stream().limit(SHOWN).forEach(a -> this.out.println("  " + describe(a)));
		}
	}

	private static String describe(Asked a) {
		String expected = a.outOfScope() ? "decline" : String.join("|", a.expected());
		String did = switch (a.outcome()) {
			case ANSWERED -> "answered " + a.answered() + String.format(Locale.ROOT, " (%.2f)", a.confidence());
			case CLARIFIED -> "asked back " + a.offered();
			case FALLBACK -> String.format(Locale.ROOT, "declined (%.2f)", a.confidence());
		};
		return a.question() + "  →  " + did + "  (expected " + expected + "; ranked "
				+ a.ranked().stream().limit(3).toList() + ")";
	}

	/** The right answers of a question: none for an out-of-scope one. */
	private Set<String> expected(LabelledExample question) {
		if (question.outOfScope()) {
			return Set.of();
		}
		return Set.copyOf(Arrays.stream(question.label().split("\\|")).map(String::strip).map(this.target).toList());
	}

	/** A plain BM25 over each service's name, synonyms, summary and details. */
	private SiteSearch siteSearch() {
		SiteSearch search = new SiteSearch();
		for (Service service : this.knowledge.services()) {
			search.add(service.ref(), String.join(" ", service.name(), String.join(" ", service.synonyms()),
					service.summary(), service.details().orElse("")));
		}
		return search;
	}

	private static double share(List<Asked> asked, java.util.function.Predicate<Asked> test) {
		return asked.isEmpty() ? 0 : (double) asked.stream().filter(test).count() / asked.size();
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int index = Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1));
		return sorted[index] / 1_000_000.0;
	}

}
