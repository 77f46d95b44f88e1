package de.rathausbot.generation;

/**
 * A passage of the city's own knowledge the model may answer from, with where it is
 * published.
 *
 * @param title the page's (or item's) title
 * @param url where citizens read it, or null
 * @param text the passage in the page's own words
 */
public record SourcePassage(String title, String url, String text) {
}
