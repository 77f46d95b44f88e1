package de.rathausbot.conversation;

/** A link the answer is based on or points to. */
public record Source(String title, String url) {
}
