package de.rathausbot.channel.web;

import java.util.List;

import de.rathausbot.conversation.Reply;
import de.rathausbot.dialogue.Card;
import de.rathausbot.dialogue.Source;

/**
 * {@code POST /api/chat} answer; {@code fallback} is true exactly when the bot could not
 * answer.
 */
record ChatResponse(String conversationId, String messageId, String text, boolean fallback, String intent,
		double confidence, String language, List<String> quickReplies, List<SourceResponse> sources, List<Card> cards) {

	static ChatResponse of(Reply reply) {
		var answer = reply.answer();
		return new ChatResponse(reply.conversationId(), reply.messageId(), answer.text(), answer.fallback(),
				answer.intent(), Math.round(answer.confidence() * 1000) / 1000.0, answer.language(),
				answer.quickReplies(), answer.sources().stream().map(SourceResponse::of).toList(), answer.cards());
	}

	record SourceResponse(String title, String url) {

		static SourceResponse of(Source source) {
			return new SourceResponse(source.title(), source.url());
		}

	}

}
