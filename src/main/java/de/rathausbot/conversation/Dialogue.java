package de.rathausbot.conversation;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.rathausbot.intents.Intent;
import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.Event;
import de.rathausbot.knowledge.Occurrence;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.knowledge.KnowledgeItem;
import de.rathausbot.knowledge.OfficeHours;
import de.rathausbot.knowledge.PublicHolidays;
import de.rathausbot.nlu.Calibration;
import de.rathausbot.nlu.Candidate;
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
	}

	/**
	 * @param language the language the citizen chose, or empty to detect it
	 * @param now the moment to answer at (opening hours, "heute", past or future events)
	 */
	public Answer answer(String text, Optional<String> language, ZonedDateTime now) {
		String lang = language.filter(l -> !l.isBlank()).orElseGet(() -> this.languages.detect(text));
		Interpretation interpretation = this.classifier.classify(text);
		List<Choice> choices = choices(interpretation);
		NluProperties nlu = this.classifier.properties();
		Optional<TimeQuery> time = this.times.find(text, now);
		if (choices.isEmpty() || choices.get(0).outOfScope() || choices.get(0).confidence() < nlu.threshold()) {
			double confidence = choices.isEmpty() ? 0 : choices.get(0).confidence();
			boolean outOfScope = !choices.isEmpty() && choices.get(0).outOfScope();
			Optional<Answer> events = outOfScope ? Optional.empty() : eventsAt(time, now, lang, confidence);
			return events.orElseGet(() -> this.fallback.answer(lang, now, confidence));
		}
		Choice best = choices.get(0);
		List<Choice> close = choices.stream()
			.filter(c -> !c.outOfScope() && best.raw() - c.raw() < nlu.margin() && c.confidence() >= nlu.threshold())
			.toList();
		if (close.size() > 1 && close.stream().allMatch(c -> c.item().orElse(null) instanceof Event)) {
			List<Occurrence> events = close.stream()
				.map(c -> (Event) c.item().get())
				.flatMap(e -> e.next(now).or(() -> e.last(now)).stream())
				.sorted(Comparator.comparing(Occurrence::start))
				.toList();
			String list = this.answers.events().list(events, now, "Dazu habe ich diese Veranstaltungen:");
			return new Answer(list, Outcome.ANSWERED, best.label(), best.confidence(), lang, List.of(), List.of());
		}
		if (close.size() > 1) {
			return clarify(close.subList(0, Math.min(3, close.size())), lang);
		}
		if (best.item().orElse(null) instanceof Contact contact && !this.mentions.isAbout(contact, interpretation)) {
			// an attribute of something else ("Telefonnummer der Polizei"): not this
			// contact's
			return this.fallback.answer(lang, now, best.confidence());
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

	private Answer clarify(List<Choice> close, String lang) {
		List<String> titles = close.stream().map(Choice::title).toList();
		String text = "en".equals(lang)
				? "Did you mean " + String.join(" or ", titles.stream().map(t -> "**" + t + "**").toList()) + "?"
				: "Meinten Sie " + String.join(" oder ", titles.stream().map(t -> "**" + t + "**").toList()) + "?";
		return new Answer(text, Outcome.CLARIFIED, close.get(0).label(), close.get(0).confidence(), lang, titles,
				List.of());
	}

	/**
	 * Candidates merged by what they would answer: several intents may point to one
	 * knowledge item ("Öffnungszeiten", "Adresse" and the contact itself all answer about
	 * the Rathaus). They do not compete: the best one, strengthened by the runner-up of
	 * the same target (noisy-or), stands for the item, and the question's attribute
	 * decides what is said about it.
	 */
	private List<Choice> choices(Interpretation interpretation) {
		Map<String, Choice> byTarget = new LinkedHashMap<>();
		Set<String> strengthened = new HashSet<>();
		for (Candidate candidate : interpretation.candidates()) {
			Choice choice = resolve(candidate);
			if (choice == null) {
				continue;
			}
			Choice first = byTarget.putIfAbsent(choice.target(), choice);
			// only the strongest supporter counts: many weak intents about the Rathaus
			// must not
			// add up to a confident answer about it
			if (first != null && strengthened.add(choice.target())) {
				byTarget.put(choice.target(), first.strengthenedBy(choice));
			}
		}
		// calibrated after merging: the calibration knows single candidates, and merging
		// calibrated confidences would inflate them
		Calibration calibration = interpretation.calibration();
		List<Choice> choices = new ArrayList<>(byTarget.values().stream().map(c -> c.calibrated(calibration)).toList());
		choices.sort(Comparator.comparingDouble(Choice::confidence).reversed());
		return choices;
	}

	private Choice resolve(Candidate candidate) {
		String label = candidate.label();
		if (IntentClassifier.OUT_OF_SCOPE.equals(label)) {
			return new Choice(label, candidate.confidence(), candidate.raw(), Optional.empty(), Optional.empty());
		}
		Optional<Intent> intent = this.intents.content().find(label);
		if (intent.isPresent()) {
			Optional<KnowledgeItem> item = intent.get().knowledge().flatMap(this.knowledge::find);
			return new Choice(label, candidate.confidence(), candidate.raw(), intent, item);
		}
		return this.knowledge.find(label)
			.map(item -> new Choice(label, candidate.confidence(), candidate.raw(), Optional.empty(),
					Optional.of(item)))
			.orElse(null);
	}

	/**
	 * A candidate with what it answers.
	 *
	 * @param confidence calibrated: decides whether to answer
	 * @param raw before calibration: decides whether two choices are too close to tell
	 */
	private record Choice(String label, double confidence, double raw, Optional<Intent> intent,
			Optional<KnowledgeItem> item) {

		/**
		 * This choice (the stronger one) supported by another with the same target; the
		 * confidence is calibrated afresh from the merged raw score.
		 */
		Choice strengthenedBy(Choice other) {
			return new Choice(this.label, Double.NaN, 1 - (1 - this.raw) * (1 - other.raw), this.intent, this.item);
		}

		Choice calibrated(Calibration calibration) {
			return new Choice(this.label, calibration.apply(this.raw), this.raw, this.intent, this.item);
		}

		boolean outOfScope() {
			return IntentClassifier.OUT_OF_SCOPE.equals(this.label);
		}

		String target() {
			return this.item.map(KnowledgeItem::ref).orElse(this.label);
		}

		String title() {
			return this.intent.map(Intent::title).or(() -> this.item.map(KnowledgeItem::name)).orElse(this.label);
		}

	}

}
