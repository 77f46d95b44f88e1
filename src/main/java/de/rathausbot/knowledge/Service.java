package de.rathausbot.knowledge;

import java.util.List;
import java.util.Optional;

/**
 * An administrative service (Verwaltungsleistung) as citizens need it: what it costs,
 * what to bring, how it works and who is responsible.
 *
 * @param summary what the service is, in a sentence or two
 * @param details longer text, given when a citizen asks how to apply
 */
public record Service(String id, String name, List<String> synonyms, String summary, List<Fee> fees,
		Optional<String> feeNote, List<String> documents, List<String> steps, Optional<String> processingTime,
		Optional<String> deadline, Optional<String> validity, Optional<String> onlineUrl, Optional<String> contactId,
		Optional<String> leikaKey, Optional<String> details) implements KnowledgeItem {

	public Service {
		synonyms = List.copyOf(synonyms);
		fees = List.copyOf(fees);
		documents = List.copyOf(documents);
		steps = List.copyOf(steps);
	}

	@Override
	public String ref() {
		return "service:" + this.id;
	}

	@Override
	public List<String> keywords() {
		return List.of();
	}

}
