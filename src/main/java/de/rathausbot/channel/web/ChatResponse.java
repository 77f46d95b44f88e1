package de.rathausbot.channel.web;

import java.util.List;

import de.rathausbot.conversation.Reply;
import de.rathausbot.dialogue.Card;
import de.rathausbot.dialogue.Source;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /api/chat} answer; {@code fallback} is true exactly when the bot could not
 * answer.
 */
@Schema(description = "The bot's answer")
record ChatResponse(@Schema(description = "send it with the next message to continue") String conversationId,
		@Schema(description = "the answer's id, for feedback") String messageId,
		@Schema(description = "the answer in the bot's Markdown subset (README, Chat API)") String text,
		@Schema(description = "true exactly when the bot could not answer") boolean fallback,
		@Schema(description = "the intent or knowledge reference answered; null for a fallback") String intent,
		@Schema(description = "calibrated chance that the answer is the right one") double confidence,
		@Schema(description = "the language answered in") String language,
		@Schema(description = "suggested next questions, as buttons") List<String> quickReplies,
		@Schema(description = "links and files the answer is based on") List<SourceResponse> sources,
		@Schema(description = "the facts of the item answered about, for channels that show cards") List<Card> cards,
		@Schema(description = "true when the city's language model phrased the answer from its pages "
				+ "(checked against them, with its sources; README, Optional: answers phrased by your language "
				+ "model)") boolean generated,
		@Schema(description = "waiting or active while the conversation waits for or is with a person of the "
				+ "staff (README, Live chat with staff); null while the bot has it") String handover,
		@Schema(description = "the place in the queue while waiting (1 = next); else null") Integer queuePosition) {

	static ChatResponse of(Reply reply) {
		var answer = reply.answer();
		return new ChatResponse(reply.conversationId(), reply.messageId(), answer.text(), answer.fallback(),
				answer.intent(), Math.round(answer.confidence() * 1000) / 1000.0, answer.language(),
				answer.quickReplies(), answer.sources().stream().map(SourceResponse::of).toList(), answer.cards(),
				answer.generated(), reply.handover() == null ? null : reply.handover().state(),
				reply.handover() == null || reply.handover().position() == 0 ? null : reply.handover().position());
	}

	record SourceResponse(String title, String url) {

		static SourceResponse of(Source source) {
			return new SourceResponse(source.title(), source.url());
		}

	}

}
