package de.rathausbot.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.rathausbot.dialogue.Dialogue;
import de.rathausbot.knowledge.Faq;
import de.rathausbot.knowledge.FaqImportCommand;
import de.rathausbot.nlu.Candidate;

/**
 * Matching citizens' own wording to an existing FAQ: the FAQ imported as it would be with
 * {@code import-faq}, each paraphrase asked; scored by whether its entry ranks first or
 * among the first three, beside a plain BM25 over question and answer.
 */
final class FaqEvaluation {

	private final Class<?> application;

	private final String[] args;

	private final PrintStream out;

	FaqEvaluation(Class<?> application, String[] args, PrintStream out) {
		this.application = application;
		this.args = args;
		this.out = out;
	}

	/** The report: the bot's shares and the baseline's. */
	record Result(double top1, double top3, Baseline baseline) {

		String json() {
			return String.format(Locale.ROOT,
					"{\"top1\":%.3f,\"top3\":%.3f,\"baseline\":{\"top1\":%.3f,\"top3\":%.3f}}", this.top1, this.top3,
					this.baseline.top1(), this.baseline.top3());
		}

	}

	record Baseline(double top1, double top3) {
	}

	/** A citizen's question and the id of the entry that answers it. */
	record Paraphrase(String question, String faqId) {
	}

	Result run(Path faqFile, Path paraphrasesFile) {
		List<Faq> faqs = FaqImportCommand.read(faqFile);
		List<Paraphrase> paraphrases = paraphrases(paraphrasesFile);
		int top1 = 0;
		int top3 = 0;
		try (Deployment deployment = Deployment.start(this.application, this.args, folder -> Files
			.writeString(folder.resolve("faq.yml"), FaqImportCommand.yaml(faqFile.getFileName().toString(), faqs)))) {
			Dialogue dialogue = deployment.bean(Dialogue.class);
			for (Paraphrase paraphrase : paraphrases) {
				List<String> ranked = dialogue.explain(paraphrase.question())
					.candidates()
					.stream()
					.map(Candidate::label)
					.filter(l -> l.startsWith("faq:"))
					.toList();
				int rank = ranked.indexOf("faq:" + paraphrase.faqId()) + 1;
				top1 += rank == 1 ? 1 : 0;
				top3 += rank >= 1 && rank <= 3 ? 1 : 0;
			}
		}
		SiteSearch search = new SiteSearch();
		faqs.forEach(f -> search.add(f.id(), f.question() + "\n" + f.answer()));
		int baseTop1 = 0;
		int baseTop3 = 0;
		for (Paraphrase paraphrase : paraphrases) {
			int rank = search.search(paraphrase.question(), 3).indexOf(paraphrase.faqId()) + 1;
			baseTop1 += rank == 1 ? 1 : 0;
			baseTop3 += rank >= 1 ? 1 : 0;
		}
		int n = Math.max(1, paraphrases.size());
		Result result = new Result((double) top1 / n, (double) top3 / n,
				new Baseline((double) baseTop1 / n, (double) baseTop3 / n));
		this.out.println("faq: "
				+ String.format(Locale.ROOT, "{\"entries\":%d,\"questions\":%d}", faqs.size(), paraphrases.size()) + " "
				+ result.json());
		return result;
	}

	/**
	 * A table with a header row: the question ({@code user_question}, {@code question} or
	 * {@code text}) and the entry's id ({@code gold_faq_id}, {@code faq_id} or
	 * {@code id}), tab-separated.
	 */
	static List<Paraphrase> paraphrases(Path file) {
		List<String> lines;
		try {
			lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
		if (lines.isEmpty()) {
			throw new IllegalArgumentException(file + " is empty");
		}
		List<String> header = List.of(lines.get(0).toLowerCase(Locale.ROOT).split("\t"));
		int question = column(header, file, "user_question", "question", "text");
		int id = column(header, file, "gold_faq_id", "faq_id", "id");
		List<Paraphrase> paraphrases = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			String[] cells = lines.get(i).split("\t", -1);
			if (cells.length > Math.max(question, id)) {
				paraphrases.add(new Paraphrase(cells[question].strip(), cells[id].strip().toLowerCase(Locale.ROOT)));
			}
		}
		return paraphrases;
	}

	private static int column(List<String> header, Path file, String... names) {
		for (String name : names) {
			if (header.contains(name)) {
				return header.indexOf(name);
			}
		}
		throw new IllegalArgumentException(file + ": the header row needs a column " + String.join(" or ", names));
	}

}
