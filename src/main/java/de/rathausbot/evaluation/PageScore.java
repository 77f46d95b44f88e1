package de.rathausbot.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import de.rathausbot.dialogue.Outcome;

/** Sums up what happened to a region's questions in the page evaluation. */
final class PageScore {

	private int answerable;

	private int top1;

	private int top3;

	private int answered;

	private double f1;

	private int clarified;

	private int fellBack;

	private int unanswerable;

	private int declined;

	private final List<Long> nanos = new ArrayList<>();

	void took(long nanos) {
		this.nanos.add(nanos);
	}

	void add(PageEvaluation.QuestionRow question, List<String> ranked, boolean answeredFromPage, Set<Integer> quoted,
			Outcome outcome) {
		if (!question.answerable()) {
			this.unanswerable++;
			this.declined += outcome == Outcome.FALLBACK ? 1 : 0;
			return;
		}
		this.answerable++;
		this.clarified += outcome == Outcome.CLARIFIED ? 1 : 0;
		this.fellBack += outcome == Outcome.FALLBACK ? 1 : 0;
		int rank = ranked.indexOf(question.pageId()) + 1;
		this.top1 += rank == 1 ? 1 : 0;
		this.top3 += rank >= 1 && rank <= 3 ? 1 : 0;
		this.answered += answeredFromPage ? 1 : 0;
		this.f1 += f1(quoted, question.answerLines());
	}

	PageEvaluation.Figures figures(int pages) {
		long[] sorted = this.nanos.stream().mapToLong(Long::longValue).sorted().toArray();
		return new PageEvaluation.Figures(pages, this.answerable, share(this.top1, this.answerable),
				share(this.top3, this.answerable), share(this.answered, this.answerable),
				share(this.clarified, this.answerable), share(this.fellBack, this.answerable),
				this.answerable == 0 ? 0 : this.f1 / this.answerable, this.unanswerable,
				share(this.declined, this.unanswerable), percentile(sorted, 0.5), percentile(sorted, 0.99));
	}

	static double f1(Set<Integer> chosen, Set<Integer> right) {
		if (chosen.isEmpty() || right.isEmpty()) {
			return 0;
		}
		long both = chosen.stream().filter(right::contains).count();
		if (both == 0) {
			return 0;
		}
		double precision = (double) both / chosen.size();
		double recall = (double) both / right.size();
		return 2 * precision * recall / (precision + recall);
	}

	private static double share(int count, int of) {
		return of == 0 ? 0 : (double) count / of;
	}

	private static double percentile(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
	}

}
