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

	/**
	 * A Kommune's content with what it inherits from its Landkreis: the Landkreis's
	 * intents unless the Kommune has one of the same id or hid the knowledge it answers
	 * from, its synonyms, everyday words and out-of-scope examples (the Kommune's win);
	 * the Kommune's own test questions only.
	 */
	public static IntentContent inheriting(IntentContent parent, IntentContent own,
			java.util.function.Predicate<String> knowledgeExists) {
		List<Intent> intents = new java.util.ArrayList<>();
		for (Intent intent : parent.intents()) {
			if (own.find(intent.id()).isEmpty() && intent.knowledge().map(knowledgeExists::test).orElse(true)) {
				intents.add(intent);
			}
		}
		intents.addAll(own.intents());
		Map<String, List<String>> synonyms = new java.util.LinkedHashMap<>(parent.synonyms());
		synonyms.putAll(own.synonyms());
		List<String> outOfScope = new java.util.ArrayList<>(parent.outOfScope());
		outOfScope.addAll(own.outOfScope());
		Map<String, List<String>> everyday = new java.util.LinkedHashMap<>(parent.everyday());
		everyday.putAll(own.everyday());
		return new IntentContent(intents, synonyms, outOfScope, own.tests(), everyday);
	}

	public Optional<Intent> find(String id) {
		return this.intents.stream().filter(i -> i.id().equals(id)).findFirst();
	}

}
