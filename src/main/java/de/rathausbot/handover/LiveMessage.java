package de.rathausbot.handover;

import java.time.Instant;

/**
 * A message of a live chat, as the citizen's channels receive it and as Spring event for
 * the channels that push (Telegram).
 *
 * @param from {@code citizen}, {@code staff} or {@code bot} (the bot's notices: queued,
 * taken, ended)
 * @param channel the citizen's channel ({@code web}, {@code telegram})
 * @param ends whether the live chat ends with it (the bot answers again)
 */
public record LiveMessage(String messageId, String conversationId, String channel, String from, String text, Instant at,
		boolean ends) {
}
