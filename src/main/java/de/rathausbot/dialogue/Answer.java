package de.rathausbot.dialogue;

import java.util.List;

import de.rathausbot.generation.Generation;

/**
 * The dialogue's answer to one message, before it is recorded.
 *
 * @param text in the bot's answer Markdown: paragraphs (blank line), line breaks,
 * {@code **bold**}, {@code [title](https://…)} links, {@code - } and {@code 1. } list
 * items; everything else is plain text (README, "Chat API")
 * @param intent the intent id or knowledge reference answered, null for fallbacks
 * @param cards the facts of the item answered about, for channels that show cards
 * @param options what a clarification offers (intent ids or knowledge references, in the
 * order of the quick replies); empty for other outcomes
 * @param quoted the lines of a page the answer quotes (numbered from 0 in the page's
 * text); empty for other answers
 * @param generation what the city's language model made of the question, when it was
 * asked (the answer is its text only if {@link Generation#generated()}); else null
 */
public record Answer(String text, Outcome outcome, String intent, double confidence, String language,
		List<String> quickReplies, List<Source> sources, List<Card> cards, List<String> options, List<Integer> quoted,
		Generation generation) {

	public Answer {
		quickReplies = List.copyOf(quickReplies);
		sources = List.copyOf(sources);
		cards = List.copyOf(cards);
		options = List.copyOf(options);
		quoted = List.copyOf(quoted);
	}

	public Answer(String text, Outcome outcome, String intent, double confidence, String language,
			List<String> quickReplies, List<Source> sources, List<Card> cards, List<String> options,
			List<Integer> quoted) {
		this(text, outcome, intent, confidence, language, quickReplies, sources, cards, options, quoted, null);
	}

	public Answer(String text, Outcome outcome, String intent, double confidence, String language,
			List<String> quickReplies, List<Source> sources, List<Card> cards, List<String> options) {
		this(text, outcome, intent, confidence, language, quickReplies, sources, cards, options, List.of());
	}

	public Answer(String text, Outcome outcome, String intent, double confidence, String language,
			List<String> quickReplies, List<Source> sources, List<Card> cards) {
		this(text, outcome, intent, confidence, language, quickReplies, sources, cards, List.of());
	}

	public Answer(String text, Outcome outcome, String intent, double confidence, String language,
			List<String> quickReplies, List<Source> sources) {
		this(text, outcome, intent, confidence, language, quickReplies, sources, List.of());
	}

	/** The same answer with a paragraph before its text. */
	public Answer withPreamble(String paragraph) {
		return new Answer(paragraph + "\n\n" + this.text, this.outcome, this.intent, this.confidence, this.language,
				this.quickReplies, this.sources, this.cards, this.options, this.quoted, this.generation);
	}

	/** This answer with what the language model made of the question. */
	public Answer withGeneration(Generation generation) {
		return new Answer(this.text, this.outcome, this.intent, this.confidence, this.language, this.quickReplies,
				this.sources, this.cards, this.options, this.quoted, generation);
	}

	/** The same answer with one more quick reply at the end. */
	public Answer withQuickReply(String quickReply) {
		List<String> replies = new java.util.ArrayList<>(this.quickReplies);
		replies.remove(quickReply);
		replies.add(quickReply);
		return new Answer(this.text, this.outcome, this.intent, this.confidence, this.language, replies, this.sources,
				this.cards, this.options, this.quoted, this.generation);
	}

	/** The same answer with these quick replies. */
	public Answer withQuickReplies(List<String> replies) {
		return new Answer(this.text, this.outcome, this.intent, this.confidence, this.language, replies, this.sources,
				this.cards, this.options, this.quoted, this.generation);
	}

	/** Whether the text was phrased by the language model (and checked). */
	public boolean generated() {
		return this.generation != null && this.generation.generated();
	}

	public boolean fallback() {
		return this.outcome == Outcome.FALLBACK;
	}

}
