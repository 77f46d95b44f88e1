package de.rathausbot.dialogue;

import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import de.rathausbot.dialogue.answers.EventAnswers;
import de.rathausbot.dialogue.answers.PageExcerpts;
import de.rathausbot.dialogue.time.TimeExpressions;
import de.rathausbot.dialogue.time.TimeQuery;
import de.rathausbot.intents.IntentContent;
import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.Event;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.knowledge.Occurrence;
import de.rathausbot.knowledge.Page;
import de.rathausbot.knowledge.PublicHolidays;
import de.rathausbot.nlu.Interpretation;
import de.rathausbot.nlu.NluProperties;
import de.rathausbot.nlu.TrainedModel;
import org.springframework.stereotype.Component;

/**
 * The one decision of what to do with a question, given a model and content: the ones in
 * use (the live dialogue) or a change not yet published (test before save). Answer the
 * best choice, list events, quote a page, ask back, or fall back honestly. The same
 * question, model, content and moment always get the same reaction.
 */
@Component
public class Decider {

	private final NluProperties nlu;

	private final TimeExpressions times;

	private final ContactMentions mentions = new ContactMentions();

	private final PageExcerpts excerpts;

	Decider(NluProperties nlu, PublicHolidays holidays) {
		this.nlu = nlu;
		this.times = new TimeExpressions(holidays);
		this.excerpts = new PageExcerpts(nlu.passageShare());
	}

	/** What the model makes of the question, and what the bot does with it. */
	public Decided decide(String text, ZonedDateTime now, TrainedModel model, IntentContent intents,
			KnowledgeBase.Snapshot knowledge) {
		Interpretation interpretation = model.classify(text);
		Optional<TimeQuery> time = this.times.find(text, now);
		return new Decided(react(text, now, time, interpretation, model, intents, knowledge), time);
	}

	/** A reaction and the time the question asked about, if any (for wording it). */
	public record Decided(Reaction reaction, Optional<TimeQuery> time) {
	}

	private Reaction react(String text, ZonedDateTime now, Optional<TimeQuery> time, Interpretation interpretation,
			TrainedModel model, IntentContent intents, KnowledgeBase.Snapshot knowledge) {
		List<Choice> choices = new Choices(intents, knowledge::find).of(interpretation);
		Choices.Decision decision = Choices.decide(choices, interpretation, text, this.nlu);
		if (decision.kind() == Choices.Decision.Kind.FALLBACK) {
			double confidence = choices.isEmpty() ? 0 : choices.get(0).confidence();
			boolean outOfScope = !choices.isEmpty() && choices.get(0).outOfScope();
			Optional<Reaction> events = outOfScope ? Optional.empty() : eventsOn(time, now, knowledge, confidence);
			return events.orElseGet(() -> new Reaction.Fallback(confidence));
		}
		List<Choice> options = decision.options();
		// the decision may answer another than the best-scored choice: the one the
		// question names, or the curated one beside an equally good page
		Choice best = decision.kind() == Choices.Decision.Kind.ANSWER ? options.get(0) : choices.get(0);
		if (options.size() > 1 && options.stream().allMatch(c -> c.item().orElse(null) instanceof Event)) {
			List<Occurrence> dates = options.stream()
				.map(c -> (Event) c.item().get())
				.flatMap(e -> e.next(now).or(() -> e.last(now)).stream())
				.sorted(Comparator.comparing(Occurrence::start))
				.toList();
			return new Reaction.EventList(best, dates);
		}
		if (decision.kind() == Choices.Decision.Kind.CLARIFY) {
			// unsure, or the question names nothing but a date with events ("Was war am
			// 12.11.2019?"): those events rather than a guess
			boolean onlyADate = interpretation.terms().stream().allMatch(t -> t.chars().allMatch(Character::isDigit));
			Optional<Reaction> events = best.confidence() < this.nlu.threshold() || onlyADate
					? eventsOn(time, now, knowledge, best.confidence()) : Optional.empty();
			return events.orElseGet(() -> new Reaction.Clarify(options, best.confidence()));
		}
		if (best.item().orElse(null) instanceof Contact contact
				&& !this.mentions.isAbout(contact, interpretation, model, intents, knowledge)) {
			// an attribute of something else ("Telefonnummer der Polizei"): not this
			// contact's
			return new Reaction.Fallback(best.confidence());
		}
		if (best.item().orElse(null) instanceof Page page) {
			// a page about the topic that does not answer the question: honest fallback
			return this.excerpts.excerpt(model, text, page)
				.<Reaction>map(excerpt -> new Reaction.Excerpt(best, excerpt))
				.orElseGet(() -> new Reaction.Fallback(best.confidence()));
		}
		return new Reaction.Answer(best);
	}

	/**
	 * "Was war am 14.06.2021?": a question that names only a date or period, on which the
	 * calendar has events, is answered with those events rather than a fallback.
	 */
	private static Optional<Reaction> eventsOn(Optional<TimeQuery> time, ZonedDateTime now,
			KnowledgeBase.Snapshot knowledge, double confidence) {
		if (time.isEmpty() || time.get().kind() == TimeQuery.Kind.NOW
				|| EventAnswers.between(knowledge.events(), time.get(), now).isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Reaction.EventsOn(time.get(), confidence));
	}

}
