package de.rathausbot.generation;

import java.util.List;

/**
 * What became of asking the city's model for one answer.
 *
 * @param result whether its answer is shown, and if not, why not
 * @param text the answer to show, with its sources and the label (only when
 * {@link Result#GENERATED})
 * @param raw what the model wrote (empty when it was not asked or did not answer)
 * @param reason why the answer is not shown (the check's finding, the error), for the
 * inbox and the try-it panel
 * @param passages what the model was given
 * @param cited the passages the shown answer cites, in order (its sources)
 */
public record Generation(Result result, String text, String raw, String reason, List<SourcePassage> passages,
		List<SourcePassage> cited) {

	public Generation {
		passages = List.copyOf(passages);
		cited = List.copyOf(cited);
	}

	static Generation notShown(Result result, String raw, String reason, List<SourcePassage> passages) {
		return new Generation(result, "", raw, reason, passages, List.of());
	}

	/** How asking the model ended. */
	public enum Result {

		/** Checked and shown. */
		GENERATED,
		/**
		 * The check found a fact the passages do not have, or a sentence without source.
		 */
		REJECTED,
		/** The model said the passages do not answer the question. */
		REFUSED,
		/** Timeout, an error answer, an unreachable model. */
		FAILED,
		/** Not asked: the model failed repeatedly and is left alone for a while. */
		PAUSED

	}

	public boolean generated() {
		return this.result == Result.GENERATED;
	}

	/** A short note for the conversation log: the result and, if not shown, why. */
	public String note() {
		String note = this.result.name() + (this.reason.isEmpty() ? "" : ": " + this.reason);
		return note.length() <= 300 ? note : note.substring(0, 299) + "…";
	}

}
