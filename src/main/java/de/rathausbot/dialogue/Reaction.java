package de.rathausbot.dialogue;

import java.util.List;

import de.rathausbot.dialogue.answers.PageExcerpts;
import de.rathausbot.dialogue.time.TimeQuery;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.knowledge.Occurrence;
import de.rathausbot.nlu.IntentClassifier;

/**
 * What the bot does with one question, decided once by {@link Decider} for the live
 * dialogue, the staff's regression questions and "test before save": the dialogue words
 * it, the regression check names it ({@link #label()}).
 */
public sealed interface Reaction {

	/**
	 * The label that answers, {@code out-of-scope} for a fallback, or "clarify: a | b"
	 * when the bot asks back.
	 */
	String label();

	/** How sure the matcher was of the best choice. */
	double confidence();

	/** A reaction that answers from one choice: named and as sure as that choice. */
	sealed interface FromChoice extends Reaction permits Answer, EventList, Excerpt {

		Choice choice();

		@Override
		default String label() {
			return choice().label();
		}

		@Override
		default double confidence() {
			return choice().confidence();
		}

	}

	/** Answer the choice from its intent or knowledge item. */
	record Answer(Choice choice) implements FromChoice {
	}

	/**
	 * Several events fit equally well: list their next (or last) dates (named for the
	 * best of them).
	 */
	record EventList(Choice choice, List<Occurrence> dates) implements FromChoice {
	}

	/**
	 * The question names only a date or period on which the calendar has events ("Was war
	 * am 14.06.2021?"): those events.
	 */
	record EventsOn(TimeQuery time, double confidence) implements Reaction {

		@Override
		public String label() {
			return KnowledgeBase.EVENT_CALENDAR;
		}

	}

	/** Quote the passage of a page that answers the question. */
	record Excerpt(Choice choice, PageExcerpts.Excerpt excerpt) implements FromChoice {
	}

	/** Ask which of the options was meant. */
	record Clarify(List<Choice> options, double confidence) implements Reaction {

		public Clarify {
			options = List.copyOf(options);
		}

		@Override
		public String label() {
			return "clarify: " + String.join(" | ", this.options.stream().map(Choice::label).toList());
		}

	}

	/** Say honestly that the bot cannot help, and where to turn. */
	record Fallback(double confidence) implements Reaction {

		@Override
		public String label() {
			return IntentClassifier.OUT_OF_SCOPE;
		}

	}

}
