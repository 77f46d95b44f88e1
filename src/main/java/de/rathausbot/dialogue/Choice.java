package de.rathausbot.dialogue;

import java.util.Optional;

import de.rathausbot.intents.Intent;
import de.rathausbot.knowledge.KnowledgeItem;
import de.rathausbot.nlu.Calibration;
import de.rathausbot.nlu.IntentClassifier;

/**
 * A candidate with what it answers.
 *
 * @param confidence calibrated: the chance that this choice is right, which decides
 * whether to answer
 * @param raw before calibration: decides whether two choices are too close to tell
 * @param offer calibrated: the chance that the right answer is among the best few choices
 * when this one is the best, which decides whether asking back is worth it
 */
record Choice(String label, double confidence, double raw, double offer, Optional<Intent> intent,
		Optional<KnowledgeItem> item) {

	Choice(String label, double raw, Optional<Intent> intent, Optional<KnowledgeItem> item) {
		this(label, Double.NaN, raw, Double.NaN, intent, item);
	}

	/**
	 * This choice (the stronger one) supported by another with the same target; the
	 * confidence is calibrated afresh from the merged raw score.
	 */
	Choice strengthenedBy(Choice other) {
		return new Choice(this.label, 1 - (1 - this.raw) * (1 - other.raw), this.intent, this.item);
	}

	Choice calibrated(Calibration calibration) {
		return new Choice(this.label, calibration.apply(this.raw), this.raw, calibration.offer(this.raw), this.intent,
				this.item);
	}

	boolean outOfScope() {
		return IntentClassifier.OUT_OF_SCOPE.equals(this.label);
	}

	/** What this choice answers: its knowledge item, or else its label. */
	String target() {
		return this.item.map(KnowledgeItem::ref).orElse(this.label);
	}

	String title() {
		return this.intent.map(Intent::title).or(() -> this.item.map(KnowledgeItem::name)).orElse(this.label);
	}

}
