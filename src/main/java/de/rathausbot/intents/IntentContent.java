package de.rathausbot.intents;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything read from the intents folder: the intents, colloquial synonyms (canonical
 * word to its variants), examples of questions the bot must not answer, the staff's
 * regression questions, and the staff's additions to the shipped list of everyday words.
 *
 * @param everyday everyday word or phrase → the administration's words for it; an empty
 * list switches off the shipped entry of that word
 */
public record IntentContent(List<Intent> intents, Map<String, List<String>> synonyms, List<String> outOfScope,
		List<RegressionCase> tests, Map<String, List<String>> everyday) {

	public IntentContent {
		intents = List.copyOf(intents);
		synonyms = Map.copyOf(synonyms);
		outOfScope = List.copyOf(outOfScope);
		tests = List.copyOf(tests);
		everyday = Map.copyOf(everyday);
	}

	public IntentContent(List<Intent> intents, Map<String, List<String>> synonyms, List<String> outOfScope) {
		this(intents, synonyms, outOfScope, List.of(), Map.of());
	}

	public Optional<Intent> find(String id) {
		return this.intents.stream().filter(i -> i.id().equals(id)).findFirst();
	}

}
