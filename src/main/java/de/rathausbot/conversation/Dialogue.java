package de.rathausbot.conversation;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.Event;
import de.rathausbot.knowledge.Page;
import de.rathausbot.knowledge.Occurrence;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.knowledge.OfficeHours;
import de.rathausbot.knowledge.PublicHolidays;
import de.rathausbot.nlu.IntentClassifier;
import de.rathausbot.nlu.Interpretation;
import de.rathausbot.nlu.LanguageDetector;
import de.rathausbot.nlu.NluProperties;
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

	private final TimeExpressions times;

	private final KnowledgeAnswers answers;

	private final FallbackAnswer fallback;

	private final ContactMentions mentions;

	private final Clarification clarification = new Clarification();

	private final PageExcerpts excerpts;

	Dialogue(IntentClassifier classifier, LanguageDetector languages, IntentCatalog intents, KnowledgeBase knowledge,
			OfficeHours officeHours, PublicHolidays holidays, ConversationProperties properties) {
		this.classifier = classifier;
		this.languages = languages;
		this.intents = intents;
		this.knowledge = knowledge;
		this.times = new TimeExpressions(holidays);
		this.answers = new KnowledgeAnswers(knowledge, officeHours);
		this.fallback = new FallbackAnswer(intents, knowledge, this.answers, properties);
		this.mentions = new ContactMentions(classifier, knowledge, intents);
		this.excerpts = new PageExcerpts(classifier.properties().passageShare());
	}

	/**
	 * @param language the language the citizen chose, or empty to detect it
	 * @param now the moment to answer at (opening hours, "heute", past or future events)
	 */
	public Answer answer(String text, Optional<String> language, ZonedDateTime now) {
		String lang = language.filter(l -> !l.isBlank()).orElseGet(() -> this.languages.detect(text));
		Interpretation interpretation = this.classifier.classify(text);
		List<Choice> choices = new Choices(this.intents.content(), this.knowledge::find).of(interpretation);
		NluProperties nlu = this.classifier.properties();
		Optional<TimeQuery> time = this.times.find(text, now);
		Choices.Decision decision = Choices.decide(choices, interpretation, text, nlu);
		if (decision.kind() == Choices.Decision.Kind.FALLBACK) {
			double confidence = choices.isEmpty() ? 0 : choices.get(0).confidence();
			boolean outOfScope = !choices.isEmpty() && choices.get(0).outOfScope();
			Optional<Answer> events = outOfScope ? Optional.empty() : eventsAt(time, now, lang, confidence);
			return events.orElseGet(() -> this.fallback.answer(lang, now, confidence));
		}
		List<Choice> options = decision.options();
		// the decision may answer another than the best-scored choice: the one the
		// question names, or the curated one beside an equally good page
		Choice best = decision.kind() == Choices.Decision.Kind.ANSWER ? options.get(0) : choices.get(0);
		if (options.size() > 1 && options.stream().allMatch(c -> c.item().orElse(null) instanceof Event)) {
			List<Occurrence> events = options.stream()
				.map(c -> (Event) c.item().get())
				.flatMap(e -> e.next(now).or(() -> e.last(now)).stream())
				.sorted(Comparator.comparing(Occurrence::start))
				.toList();
			String list = this.answers.events().list(events, now, "Dazu habe ich diese Veranstaltungen:");
			return new Answer(list, Outcome.ANSWERED, best.label(), best.confidence(), lang, List.of(), List.of());
		}
		if (decision.kind() == Choices.Decision.Kind.CLARIFY) {
			// unsure, or the question names nothing but a date with events ("Was war am
			// 12.11.2019?"): those events rather than a guess
			boolean onlyADate = interpretation.terms().stream().allMatch(t -> t.chars().allMatch(Character::isDigit));
			Optional<Answer> events = best.confidence() < nlu.threshold() || onlyADate
					? eventsAt(time, now, lang, best.confidence()) : Optional.empty();
			return events.orElseGet(() -> this.clarification.ask(options, text, lang));
		}
		if (best.item().orElse(null) instanceof Contact contact && !this.mentions.isAbout(contact, interpretation)) {
			// an attribute of something else ("Telefonnummer der Polizei"): not this
			// contact's
			return this.fallback.answer(lang, now, best.confidence());
		}
		if (best.item().orElse(null) instanceof Page page) {
			// a page about the topic that does not answer the question: honest fallback
			return this.excerpts.excerpt(this.classifier.current(), text, page)
				.map(excerpt -> this.answers.page(excerpt, lang, best.label(), best.confidence()))
				.orElseGet(() -> this.fallback.answer(lang, now, best.confidence()));
		}
		return this.answers.answer(text, best.intent(), best.item(), time, now, lang, best.label(), best.confidence());
	}

	/**
	 * What the classifier made of a text: candidates with each signal's score (for staff
	 * and evaluation).
	 */
	public Interpretation explain(String text) {
		return this.classifier.classify(text);
	}

	/**
	 * "Was war am 14.06.2021?": a question that names only a date or period, on which the
	 * calendar has events, is answered with those events rather than a fallback.
	 */
	private Optional<Answer> eventsAt(Optional<TimeQuery> time, ZonedDateTime now, String lang, double confidence) {
		if (time.isEmpty() || time.get().kind() == TimeQuery.Kind.NOW
				|| this.answers.events().between(time.get(), now).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Answer(this.answers.events().calendar(time, now), Outcome.ANSWERED,
				KnowledgeBase.EVENT_CALENDAR, confidence, lang, List.of(), List.of()));
	}

}
