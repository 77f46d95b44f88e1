package de.rathausbot.evaluation;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.Dialogue;
import de.rathausbot.dialogue.Outcome;
import de.rathausbot.nlu.Candidate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answering from a city's web pages, on the Integreat QA data: each region is its own
 * deployment with only its pages; each question is asked of the whole bot. Scored per
 * region: whether the question's page is the best / among the best three, how well the
 * quoted lines match the lines that answer it (F1), and whether questions the page does
 * not answer are declined — beside a plain BM25 over the pages ({@link SiteSearch}) that
 * quotes the best-matching lines of its best page.
 */
final class PageEvaluation {

	private static final int SHOWN_MISSES = 15;

	private final Class<?> application;

	private final String[] args;

	private final PrintStream out;

	PageEvaluation(Class<?> application, String[] args, PrintStream out) {
		this.application = application;
		this.args = args;
		this.out = out;
	}

	/** A page of the data set. */
	record PageRow(String region, String id, String title, String text) {
	}

	/** A question of the data set: its page and the lines of that page that answer it. */
	record QuestionRow(String region, String question, String pageId, Set<Integer> answerLines, boolean answerable) {
	}

	/**
	 * The figures of one region (or of the baseline there).
	 *
	 * @param answerable questions the page answers
	 * @param top1 share of them whose page ranked first
	 * @param top3 … among the first three
	 * @param answered share of them answered from their page
	 * @param clarified share of them asked back about
	 * @param fellBack share of them declined
	 * @param lineF1 mean F1 of the quoted lines against the answering lines (0 when not
	 * answered from the right page)
	 * @param unanswerable questions their page does not answer
	 * @param unanswerableDeclined share of those the bot declined
	 */
	record Figures(int pages, int answerable, double top1, double top3, double answered, double clarified,
			double fellBack, double lineF1, int unanswerable, double unanswerableDeclined, double p50Ms, double p99Ms) {

		String json() {
			return String.format(Locale.ROOT,
					"{\"pages\":%d,\"answerable\":%d,\"top1\":%.3f,\"top3\":%.3f,\"answered\":%.3f,"
							+ "\"clarified\":%.3f,\"fellBack\":%.3f,\"lineF1\":%.3f,\"unanswerable\":%d,"
							+ "\"unanswerableDeclined\":%.3f,\"p50Ms\":%.3f,\"p99Ms\":%.3f}",
					this.pages, this.answerable, this.top1, this.top3, this.answered, this.clarified, this.fellBack,
					this.lineF1, this.unanswerable, this.unanswerableDeclined, this.p50Ms, this.p99Ms);
		}

	}

	/** The report: the bot's figures and the baseline's, per region. */
	record Result(Map<String, Figures> regions, Map<String, Figures> baseline) {
	}

	Result run(Path pagesFile, Path questionsFile) {
		List<PageRow> pages = pages(pagesFile);
		List<QuestionRow> questions = questions(questionsFile);
		Map<String, Figures> regions = new LinkedHashMap<>();
		Map<String, Figures> baseline = new LinkedHashMap<>();
		for (String region : pages.stream().map(PageRow::region).distinct().sorted().toList()) {
			List<PageRow> own = pages.stream().filter(p -> p.region().equals(region)).toList();
			List<QuestionRow> asked = questions.stream().filter(q -> q.region().equals(region)).toList();
			if (asked.isEmpty()) {
				continue;
			}
			regions.put(region, bot(own, asked));
			baseline.put(region, siteSearch(own, asked));
			this.out.println(region + ": " + regions.get(region).json());
			this.out.println(region + " site search: " + baseline.get(region).json());
		}
		return new Result(regions, baseline);
	}

	private Figures bot(List<PageRow> pages, List<QuestionRow> questions) {
		try (Deployment deployment = Deployment.start(this.application, this.args, folder -> write(pages, folder))) {
			Dialogue dialogue = deployment.bean(Dialogue.class);
			ZonedDateTime now = ZonedDateTime.now(deployment.bean(Clock.class));
			questions.forEach(q -> dialogue.answer(q.question(), Optional.empty(), now));
			PageScore score = new PageScore();
			List<String> misses = new ArrayList<>();
			Map<String, String> titles = new LinkedHashMap<>();
			pages.forEach(p -> titles.put(p.id(), p.title()));
			for (QuestionRow question : questions) {
				long start = System.nanoTime();
				Answer answer = dialogue.answer(question.question(), Optional.empty(), now);
				score.took(System.nanoTime() - start);
				List<String> ranked = dialogue.explain(question.question())
					.candidates()
					.stream()
					.map(Candidate::label)
					.filter(l -> l.startsWith("page:"))
					.map(l -> l.substring("page:".length()))
					.toList();
				boolean fromPage = ("page:" + question.pageId()).equals(answer.intent()) && !answer.fallback()
						&& !answer.quoted().isEmpty();
				score.add(question, ranked, fromPage, fromPage ? new HashSet<>(answer.quoted()) : Set.of(),
						answer.outcome());
				if (question.answerable() && (ranked.isEmpty() || !ranked.get(0).equals(question.pageId()))
						&& misses.size() < SHOWN_MISSES) {
					misses.add("  " + question.question() + "  →  "
							+ (ranked.isEmpty() ? "nothing"
									: titles.get(ranked.get(0)) + "  (expected " + titles.get(question.pageId())
											+ ", rank " + (ranked.indexOf(question.pageId()) + 1) + ")"));
				}
			}
			if (!misses.isEmpty()) {
				this.out.println("page not ranked first, first " + misses.size() + ":");
				misses.forEach(this.out::println);
			}
			return score.figures(pages.size());
		}
	}

	/** The site search's best pages, and the best lines of its best page. */
	private static Figures siteSearch(List<PageRow> pages, List<QuestionRow> questions) {
		SiteSearch search = new SiteSearch();
		Map<String, PageRow> byId = new LinkedHashMap<>();
		pages.forEach(p -> {
			search.add(p.id(), p.title() + "\n" + p.text());
			byId.put(p.id(), p);
		});
		PageScore score = new PageScore();
		for (QuestionRow question : questions) {
			List<String> ranked = search.search(question.question(), 3);
			boolean right = !ranked.isEmpty() && ranked.get(0).equals(question.pageId());
			score.add(question, ranked, right,
					right ? bestLines(byId.get(ranked.get(0)), question.question()) : Set.of(), Outcome.ANSWERED);
		}
		return score.figures(pages.size());
	}

	/** The best line of a page by BM25 and the lines after it: three lines in all. */
	private static Set<Integer> bestLines(PageRow page, String question) {
		String[] lines = page.text().split("\n", -1);
		SiteSearch search = new SiteSearch();
		for (int i = 0; i < lines.length; i++) {
			if (!lines[i].isBlank()) {
				search.add(String.valueOf(i), lines[i]);
			}
		}
		List<String> best = search.search(question, 1);
		Set<Integer> chosen = new HashSet<>();
		for (int i = best.isEmpty() ? 0 : Integer.parseInt(best.get(0)); i < lines.length && chosen.size() < 3; i++) {
			if (!lines[i].isBlank()) {
				chosen.add(i);
			}
		}
		return chosen;
	}

	/** Each page as a plain-text page file, its title in the front matter. */
	private static void write(List<PageRow> pages, Path folder) throws IOException {
		Path dir = Files.createDirectories(folder.resolve("pages"));
		for (PageRow page : pages) {
			Files.writeString(dir.resolve(page.id() + ".txt"),
					"---\ntitle: " + page.title().replace("\n", " ") + "\n---\n" + page.text(), StandardCharsets.UTF_8);
		}
	}

	static List<PageRow> pages(Path file) {
		List<PageRow> pages = new ArrayList<>();
		for (JsonNode node : jsonLines(file)) {
			pages.add(new PageRow(node.path("region").asString(), node.path("pageId").asString(),
					node.path("title").asString(), node.path("text").asString()));
		}
		return pages;
	}

	static List<QuestionRow> questions(Path file) {
		List<QuestionRow> questions = new ArrayList<>();
		for (JsonNode node : jsonLines(file)) {
			Set<Integer> lines = new HashSet<>();
			node.path("answerSentences").forEach(n -> lines.add(n.asInt()));
			questions.add(new QuestionRow(node.path("region").asString(), node.path("question").asString(),
					node.path("pageId").asString(), lines, node.path("answerable").asBoolean(!lines.isEmpty())));
		}
		return questions;
	}

	private static List<JsonNode> jsonLines(Path file) {
		JsonMapper json = JsonMapper.builder().build();
		try {
			return Files.readAllLines(file, StandardCharsets.UTF_8)
				.stream()
				.filter(l -> !l.isBlank())
				.map(json::readTree)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + file, ex);
		}
	}

}
