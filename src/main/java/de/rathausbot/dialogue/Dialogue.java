package de.rathausbot.dialogue;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Comparator;
import java.util.stream.IntStream;

import de.rathausbot.dialogue.answers.FallbackAnswer;
import de.rathausbot.dialogue.answers.KnowledgeAnswers;
import de.rathausbot.dialogue.time.TimeWords;
import de.rathausbot.generation.GeneratedAnswers;
import de.rathausbot.generation.Generation;
import de.rathausbot.generation.SourcePassage;
import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.intents.IntentContent;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.knowledge.OfficeHours;
import de.rathausbot.knowledge.Page;
import de.rathausbot.knowledge.Passage;
import de.rathausbot.nlu.IntentClassifier;
import de.rathausbot.nlu.TrainedModel;
import de.rathausbot.tenant.Tenants;
import de.rathausbot.nlu.Interpretation;
import de.rathausbot.nlu.LanguageDetector;
import org.springframework.stereotype.Component;

/**
 * Decides how to answer one message: answer the best candidate, ask which of two close
 * candidates was meant, or fall back honestly. Stateless: the same text at the same time
 * gets the same answer.
 */
@Component
public class Dialogue {

	private final IntentClassifier classifier;

	private final LanguageDetector languages;

	private final IntentCatalog intents;

	private final KnowledgeBase knowledge;

	private final Decider decider;

	private final KnowledgeAnswers answers;

	private final FallbackAnswer fallback;

	private final Clarification clarification = new Clarification();

	private final Responsibility responsibility;

	private final GeneratedAnswers generation;

	private volatile TitlesOf lastTitles;

	/**
	 * The languages the content is always understood in: German, and English by its
	 * examples; others where staff translated content into them.
	 */
	static final Set<String> CONTENT_LANGUAGES = Set.of("de", "en");

	Dialogue(IntentClassifier classifier, LanguageDetector languages, IntentCatalog intents, KnowledgeBase knowledge,
			OfficeHours officeHours, Decider decider, DialogueProperties properties, Tenants tenants,
			GeneratedAnswers generation) {
		this.generation = generation;
		AnswerTexts.addFolder(properties.languagesFolder());
		this.responsibility = new Responsibility(tenants);
		this.classifier = classifier;
		this.languages = languages;
		this.intents = intents;
		this.knowledge = knowledge;
		this.decider = decider;
		this.answers = new KnowledgeAnswers(knowledge, officeHours);
		this.fallback = new FallbackAnswer(intents, knowledge, this.answers, properties,
				() -> properties.handoverContactOf(tenants.current()));
	}

	/**
	 * @param language the language the citizen chose, or empty to detect it
	 * @param now the moment to answer at (opening hours, "heute", past or future events)
	 */
	public Answer answer(String text, Optional<String> language, ZonedDateTime now) {
		return answer(text, language, now, this.classifier.current(), this.intents.content(), this.knowledge.current(),
				this.generation.enabled());
	}

	/**
	 * How a change that is not published yet would answer: its model and content, worded
	 * as the live bot words its answers (quoting pages: the city's language model is not
	 * asked for previews).
	 */
	public Answer answer(String text, Optional<String> language, ZonedDateTime now, TrainedModel model,
			IntentContent content, KnowledgeBase.Snapshot knowledge) {
		return answer(text, language, now, model, content, knowledge, false);
	}

	private Answer answer(String text, Optional<String> language, ZonedDateTime now, TrainedModel model,
			IntentContent content, KnowledgeBase.Snapshot knowledge, boolean phrase) {
		String written = this.languages.detect(text);
		String lang = language.filter(l -> !l.isBlank()).orElse(written);
		LocalTitles titles = titles(lang, content, knowledge);
		if (!CONTENT_LANGUAGES.contains(written) && !translatedInto(written, content, knowledge)) {
			// the content has no texts in the question's language: honestly, in the
			// citizen's language, whom to ask
			return this.fallback.answer(lang, now, 0, titles);
		}
		Decider.Decided decided = this.decider.decide(text, now, model, content, knowledge);
		Reaction reaction = decided.reaction();
		if (reaction instanceof Reaction.Answer answer) {
			Choice best = answer.choice();
			Answer given = this.answers.answer(text, best.intent(), best.item(), decided.time(), now, lang,
					best.label(), best.confidence(), knowledge.translations());
			List<String> replies = titles.all(given.quickReplies());
			Answer said = replies == given.quickReplies() ? given : given.withQuickReplies(replies);
			return best.item()
				.flatMap(item -> knowledge.origin(item.ref()))
				.flatMap(this.responsibility::elsewhere)
				.map(said::withPreamble)
				.orElse(said);
		}
		if (reaction instanceof Reaction.Excerpt excerpt) {
			Answer quoted = this.answers.page(excerpt.excerpt(), lang, excerpt.label(), excerpt.confidence());
			return phrase ? phrased(text, excerpt.excerpt().page(), quoted, model) : quoted;
		}
		if (reaction instanceof Reaction.Clarify clarify) {
			return this.clarification.ask(clarify.options(), text, lang, titles);
		}
		if (reaction instanceof Reaction.EventList list) {
			AnswerTexts texts = AnswerTexts.in(lang);
			String dates = this.answers.events().list(list.dates(), now, texts.get("event.related"), texts);
			return new Answer(dates, Outcome.ANSWERED, list.label(), list.confidence(), lang, List.of(), List.of());
		}
		if (reaction instanceof Reaction.EventsOn events) {
			return new Answer(this.answers.events().calendar(Optional.of(events.time()), now, AnswerTexts.in(lang)),
					Outcome.ANSWERED, events.label(), events.confidence(), lang, List.of(), List.of());
		}
		return this.fallback.answer(lang, now, reaction.confidence(), titles);
	}

	/**
	 * The titles in a language, worked out once per content and language (the content is
	 * replaced as a whole when it changes).
	 */
	private LocalTitles titles(String language, IntentContent content, KnowledgeBase.Snapshot knowledge) {
		TitlesOf last = this.lastTitles;
		if (last == null || last.content() != content || last.knowledge() != knowledge) {
			last = new TitlesOf(content, knowledge, new java.util.concurrent.ConcurrentHashMap<>());
			this.lastTitles = last;
		}
		return last.byLanguage().computeIfAbsent(language, l -> LocalTitles.in(l, content, knowledge));
	}

	/** The titles of one content, by language. */
	private record TitlesOf(IntentContent content, KnowledgeBase.Snapshot knowledge,
			java.util.Map<String, LocalTitles> byLanguage) {
	}

	/**
	 * True when staff translated some of the content into the language: its names and
	 * phrasings are then matched like German ones.
	 */
	private static boolean translatedInto(String language, IntentContent content, KnowledgeBase.Snapshot knowledge) {
		return knowledge.translations().languages().contains(language) || content.intents()
			.stream()
			.anyMatch(i -> i.translations().containsKey(language) || i.titles().containsKey(language));
	}

	/**
	 * A page's answer in the words of the city's language model, from the page's passages
	 * that answer most of the question; the quoted passage when the model's answer does
	 * not pass the check (or the model does not answer).
	 */
	private Answer phrased(String question, Page page, Answer quoted, TrainedModel model) {
		List<Passage> passages = page.passages();
		List<Double> shares = model.relevance(question,
				passages.stream().map(p -> page.title() + "\n" + p.text()).toList());
		List<SourcePassage> best = IntStream.range(0, passages.size())
			.boxed()
			.filter(i -> shares.get(i) > 0)
			.sorted(Comparator.comparing(shares::get).reversed())
			.limit(this.generation.passages())
			.map(i -> new SourcePassage(
					passages.get(i).heading().isBlank() ? page.title()
							: page.title() + " – " + passages.get(i).heading(),
					page.url().orElse(null), passages.get(i).text()))
			.toList();
		if (best.isEmpty()) {
			return quoted;
		}
		Generation generation = this.generation.phrase(question, best, quoted.language());
		if (!generation.generated()) {
			return quoted.withGeneration(generation);
		}
		List<Source> sources = generation.cited()
			.stream()
			.filter(s -> s.url() != null)
			.map(s -> new Source(page.title(), s.url()))
			.distinct()
			.toList();
		return new Answer(generation.text(), Outcome.ANSWERED, quoted.intent(), quoted.confidence(), quoted.language(),
				List.of(), sources, List.of(), List.of(), List.of(), generation);
	}

	/**
	 * The time words the dialogue understands ("heute", "Montag", "Mai"): neutral to the
	 * matcher, which must not take them for a topic.
	 */
	public static Set<String> timeWords() {
		return TimeWords.neutral();
	}

	/**
	 * Why the bot would answer a text as it does, for the workspace: {@link #explain} in
	 * the dialogue's own terms.
	 */
	public Explanation explanation(String text) {
		return Explanation.of(explain(text));
	}

	/**
	 * What the classifier made of a text: candidates with each signal's score (for staff
	 * and evaluation).
	 */
	public Interpretation explain(String text) {
		return this.classifier.classify(text);
	}

}
