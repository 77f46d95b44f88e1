package de.rathausbot.conversation;

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
import de.rathausbot.knowledge.KnowledgeItem;
import de.rathausbot.nlu.Calibration;
import de.rathausbot.nlu.Candidate;
import de.rathausbot.nlu.IntentClassifier;
import de.rathausbot.nlu.Interpretation;
import de.rathausbot.nlu.NluProperties;

/**
 * Turns the classifier's candidates into what the bot could answer, against given
 * content: the served content when answering, a changed one when checking a change before
 * it is published.
 */
final class Choices {

	private final IntentContent intents;

	private final Function<String, Optional<KnowledgeItem>> knowledge;

	Choices(IntentContent intents, Function<String, Optional<KnowledgeItem>> knowledge) {
		this.intents = intents;
		this.knowledge = knowledge;
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
		// calibrated after merging: the calibration knows single candidates, and merging
		// calibrated confidences would inflate them
		Calibration calibration = interpretation.calibration();
		List<Choice> choices = new ArrayList<>(byTarget.values().stream().map(c -> c.calibrated(calibration)).toList());
		choices.sort(Comparator.comparingDouble(Choice::confidence).reversed());
		return choices;
	}

	/** Whether the best choice is confident enough to answer, and not out of scope. */
	static boolean answerable(List<Choice> choices, NluProperties nlu) {
		return !choices.isEmpty() && !choices.get(0).outOfScope() && choices.get(0).confidence() >= nlu.threshold();
	}

	/**
	 * The choices too close to the best one to tell apart (the best one included): more
	 * than one means asking back.
	 */
	static List<Choice> close(List<Choice> choices, NluProperties nlu) {
		Choice best = choices.get(0);
		return choices.stream()
			.filter(c -> !c.outOfScope() && best.raw() - c.raw() < nlu.margin() && c.confidence() >= nlu.threshold())
			.toList();
	}

	private Choice resolve(Candidate candidate) {
		String label = candidate.label();
		if (IntentClassifier.OUT_OF_SCOPE.equals(label)) {
			return new Choice(label, candidate.confidence(), candidate.raw(), Optional.empty(), Optional.empty());
		}
		Optional<Intent> intent = this.intents.find(label);
		if (intent.isPresent()) {
			Optional<KnowledgeItem> item = intent.get().knowledge().flatMap(this.knowledge);
			return new Choice(label, candidate.confidence(), candidate.raw(), intent, item);
		}
		return this.knowledge.apply(label)
			.map(item -> new Choice(label, candidate.confidence(), candidate.raw(), Optional.empty(),
					Optional.of(item)))
			.orElse(null);
	}

}
