package de.rathausbot.channel.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * {@code POST /api/chat} body. {@code now} is an ISO-8601 date-time, honoured only when
 * allowed; {@code tenant} the Kommune asked (absent: the installation's default tenant).
 */
@Schema(description = "A citizen's message")
record ChatRequest(
		@Schema(description = "the question, at most rathausbot.web.max-length characters",
				example = "Wann hat das Rathaus geöffnet?", requiredMode = Schema.RequiredMode.REQUIRED) String text,
		@Schema(description = "the conversation to continue, as returned by the last answer; absent to start one") String conversationId,
		@Schema(description = "the citizen's language: de, en, tr, uk, ar …, or de-x-ls for Leichte Sprache; absent: detected from the question",
				example = "de") String language,
		@Schema(description = "ISO-8601 moment to answer at, honoured only with rathausbot.web.allow-clock-override") String now,
		@Schema(description = "the Kommune asked, on an installation of several; absent: the default one") String tenant) {
}
