package de.rathausbot.intents;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from the intents folder: the intents, colloquial synonyms (canonical
 * word to its variants), examples of questions the bot must not answer, and the staff's
 * regression questions.
 */
public record IntentContent(List<Intent> intents, Map<String, List<String>> synonyms, List<String> outOfScope,
		List<RegressionCase> tests) {

	public IntentContent {
		intents = List.copyOf(intents);
		synonyms = Map.copyOf(synonyms);
		outOfScope = List.copyOf(outOfScope);
		tests = List.copyOf(tests);
	}

	public IntentContent(List<Intent> intents, Map<String, List<String>> synonyms, List<String> outOfScope) {
		this(intents, synonyms, outOfScope, List.of());
	}

	public Optional<Intent> find(String id) {
		return this.intents.stream().filter(i -> i.id().equals(id)).findFirst();
	}

}
