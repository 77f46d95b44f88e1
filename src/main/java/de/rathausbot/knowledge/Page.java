package de.rathausbot.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * A page of the city's website, kept as its own text and split into passages (a heading
 * and what follows it) for answering.
 *
 * @param url where the page is published: every answer from it links there
 */
public record Page(String id, String title, Optional<String> url, List<Passage> passages) implements KnowledgeItem {

	public Page {
		passages = List.copyOf(passages);
	}

	@Override
	public String ref() {
		return "page:" + this.id;
	}

	@Override
	public String name() {
		return this.title;
	}

	@Override
	public List<String> synonyms() {
		return List.of();
	}

	@Override
	public List<String> keywords() {
		return List.of();
	}

}
