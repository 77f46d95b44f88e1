package de.rathausbot.dialogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import de.rathausbot.intents.Intent;
import de.rathausbot.intents.IntentContent;
import de.rathausbot.knowledge.Faq;
import de.rathausbot.knowledge.KnowledgeItem;
import de.rathausbot.knowledge.Page;
import de.rathausbot.nlu.Calibration;
import de.rathausbot.nlu.Candidate;
import de.rathausbot.nlu.GermanFolding;
import de.rathausbot.nlu.IntentClassifier;
import de.rathausbot.nlu.Interpretation;
import de.rathausbot.nlu.NluProperties;

/**
 * Turns the classifier's candidates into what the bot could answer, against given content
 * (the served content when answering, a changed one when checking a change before it is
 * published), and decides what to do with them: one decision for the live dialogue and
 * for the staff's regression questions.
 */
final class Choices {

	private final IntentContent intents;

	private final Function<String, Optional<KnowledgeItem>> knowledge;

	Choices(IntentContent intents, Function<String, Optional<KnowledgeItem>> knowledge) {
		this.intents = intents;
		this.knowledge = knowledge;
	}

	/** What to do with a message, and with which choices. */
	record Decision(Kind kind, List<Choice> options) {

		enum Kind {

			/** Answer the first option. */
			ANSWER,
			/** Ask which of the options was meant. */
			CLARIFY,
			/** Say honestly that the bot cannot help. */
			FALLBACK

		}

		Decision {
			options = List.copyOf(options);
		}

	}

	/**
	 * Candidates merged by what they would answer: several intents may point to one
	 * knowledge item ("Öffnungszeiten", "Adresse" and the contact itself all answer about
	 * the Rathaus). They do not compete: the best one, strengthened by the runner-up of
	 * the same target (noisy-or), stands for the item, and the question's attribute
	 * decides what is said about it. Best first.
	 */
	List<Choice> of(Interpretation interpretation) {
		Map<String, Choice> byTarget = new LinkedHashMap<>();
		Set<String> strengthened = new HashSet<>();
		for (Candidate candidate : interpretation.candidates()) {
			Choice choice = resolve(candidate);
			if (choice == null) {
				continue;
			}
			Choice first = byTarget.putIfAbsent(choice.target(), choice);
			// only the strongest supporter counts: many weak intents about the Rathaus
			// must not add up to a confident answer about it
			if (first != null && strengthened.add(choice.target())) {
				byTarget.put(choice.target(), first.strengthenedBy(choice));
			}
		}
		List<Choice> merged = new ArrayList<>(byTarget.values());
		merged.sort(Comparator.comparingDouble(Choice::raw).reversed());
		// calibrated after merging: the calibration knows single candidates, and merging
		// calibrated confidences would inflate them
		Calibration calibration = interpretation.calibration();
		return merged.stream().map(c -> c.calibrated(calibration)).toList();
	}

	/**
	 * Answer when the best choice is confident enough and no other is as good (or the
	 * question names one of the equally good ones); ask back when it is not confident but
	 * the right answer is probably among the best few (those with at least
	 * {@code clarify.ratio} of its score, each name once); else fall back.
	 */
	static Decision decide(List<Choice> choices, Interpretation question, String text, NluProperties nlu) {
		if (choices.isEmpty() || choices.get(0).outOfScope()) {
			return new Decision(Decision.Kind.FALLBACK, List.of());
		}
		Choice best = choices.get(0);
		if (best.confidence() >= nlu.threshold()) {
			List<Choice> close = curatedFirst(distinct(
					choices.stream().filter(c -> !c.outOfScope() && best.raw() - c.raw() < nlu.margin()).toList(),
					nlu.clarify().options()));
			if (close.size() < 2) {
				return new Decision(Decision.Kind.ANSWER, List.of(close.get(0)));
			}
			Optional<Choice> named = named(close, text);
			if (named.isPresent()) {
				return new Decision(Decision.Kind.ANSWER, List.of(named.get()));
			}
			if (question.unknownNouns() == 0) {
				return new Decision(Decision.Kind.CLARIFY, close);
			}
			return new Decision(Decision.Kind.FALLBACK, List.of());
		}
		if (best.offer() >= nlu.clarify().threshold()) {
			List<Choice> options = distinct(choices.stream()
				.filter(c -> !c.outOfScope() && c.raw() >= best.raw() * nlu.clarify().ratio())
				.toList(), nlu.clarify().options());
			// "Wer wird Fußballweltmeister?" is not about "Wer bist du?", "Wie melde ich
			// meinen Hund an?" not about the Wohnsitz: a question about something the
			// content does not know is declined, not asked back about what it half
			// matches
			// "Meinen Sie X?" offers one choice: its own confidence is the chance of
			// being
			// right, not the chance that the right one is among a few
			boolean worthIt = options.size() > 1 || best.confidence() >= nlu.clarify().threshold();
			if (question.unknownNouns() == 0 && worthIt) {
				return new Decision(Decision.Kind.CLARIFY, options);
			}
		}
		return new Decision(Decision.Kind.FALLBACK, List.of());
	}

	/**
	 * Of some equally good choices, the curated ones (intents, services, contacts,
	 * events) if there are any: where a page or FAQ entry fits as well as a service or an
	 * office, the structured answer (the fee, the hours now) is given.
	 */
	private static List<Choice> curatedFirst(List<Choice> close) {
		List<Choice> curated = close.stream().filter(c -> !fromWebsite(c)).toList();
		return curated.isEmpty() ? close : curated;
	}

	private static boolean fromWebsite(Choice choice) {
		return choice.item().orElse(null) instanceof Page || choice.item().orElse(null) instanceof Faq;
	}

	/**
	 * The one of some equally good choices whose title has a word of the question that
	 * the others' titles lack ("Initiative K Event in Ravensburg": the event in
	 * Ravensburg, not the Initiative K itself), if exactly one has.
	 */
	private static Optional<Choice> named(List<Choice> close, String question) {
		Set<String> asked = new HashSet<>(GermanFolding.words(question));
		List<Choice> named = new ArrayList<>();
		for (Choice choice : close) {
			Set<String> own = new HashSet<>(GermanFolding.words(choice.title()));
			close.stream().filter(c -> c != choice).forEach(c -> own.removeAll(GermanFolding.words(c.title())));
			if (own.stream().anyMatch(w -> w.length() >= NAMED_WORD && asked.contains(w))) {
				named.add(choice);
			}
		}
		return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
	}

	/** Shorter words name nothing ("K", "EU", "für"). */
	private static final int NAMED_WORD = 4;

	/**
	 * At most {@code rathausbot.nlu.clarify.options} choices, each title once: two
	 * offices with the same name cannot be told apart by a citizen, so only the better
	 * one is offered.
	 */
	private static List<Choice> distinct(List<Choice> choices, int most) {
		Set<String> titles = new HashSet<>();
		List<Choice> distinct = new ArrayList<>();
		for (Choice choice : choices) {
			if (distinct.size() < most && titles.add(choice.title().toLowerCase())) {
				distinct.add(choice);
			}
		}
		return distinct;
	}

	private Choice resolve(Candidate candidate) {
		String label = candidate.label();
		if (IntentClassifier.OUT_OF_SCOPE.equals(label)) {
			return new Choice(label, candidate.raw(), Optional.empty(), Optional.empty());
		}
		Optional<Intent> intent = this.intents.find(label);
		if (intent.isPresent()) {
			Optional<KnowledgeItem> item = intent.get().knowledge().flatMap(this.knowledge);
			return new Choice(label, candidate.raw(), intent, item);
		}
		return this.knowledge.apply(label)
			.map(item -> new Choice(label, candidate.raw(), Optional.empty(), Optional.of(item)))
			.orElse(null);
	}

}
