package de.rathausbot.dialogue;

/** A link the answer is based on or points to. */
public record Source(String title, String url) {
}
