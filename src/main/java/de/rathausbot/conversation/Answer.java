package de.rathausbot.conversation;

import java.util.List;

/**
 * The dialogue's answer to one message, before it is recorded.
 *
 * @param intent the intent id or knowledge reference answered, null for fallbacks
 * @param cards the facts of the item answered about, for channels that show cards
 */
public record Answer(String text, Outcome outcome, String intent, double confidence, String language,
		List<String> quickReplies, List<Source> sources, List<Card> cards) {

	public Answer {
		quickReplies = List.copyOf(quickReplies);
		sources = List.copyOf(sources);
		cards = List.copyOf(cards);
	}

	public Answer(String text, Outcome outcome, String intent, double confidence, String language,
			List<String> quickReplies, List<Source> sources) {
		this(text, outcome, intent, confidence, language, quickReplies, sources, List.of());
	}

	public boolean fallback() {
		return this.outcome == Outcome.FALLBACK;
	}

}
