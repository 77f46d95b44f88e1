package de.rathausbot.intents;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import de.rathausbot.content.ContentId;
import de.rathausbot.content.ContentFiles.ContentFile;
import de.rathausbot.content.YamlNode;

/**
 * Reads and validates intent files. Every problem is reported with file and line; the
 * first problem stops the reading so that nothing half-valid is ever served.
 */
final class IntentFileReader {

	private static final Set<String> TOP_LEVEL_KEYS = Set.of("intents", "synonyms", "outOfScope", "tests", "everyday");

	private static final Set<String> TEST_KEYS = Set.of("question", "expect");

	private static final Set<String> INTENT_KEYS = Set.of("id", "title", "examples", "answer", "translations",
			"leichteSprache", "knowledge", "quickReplies");

	/** Longer everyday phrases are never matched (the matcher looks at four words). */
	private static final int MAX_EVERYDAY_WORDS = 4;

	private final int minExamples;

	private final Predicate<String> knowledgeExists;

	IntentFileReader(int minExamples, Predicate<String> knowledgeExists) {
		this.minExamples = minExamples;
		this.knowledgeExists = knowledgeExists;
	}

	IntentContent read(List<ContentFile> files) {
		List<Intent> intents = new ArrayList<>();
		Map<String, String> seenIds = new HashMap<>();
		Map<String, List<String>> synonyms = new LinkedHashMap<>();
		List<String> outOfScope = new ArrayList<>();
		List<RegressionCase> tests = new ArrayList<>();
		Map<String, List<String>> everyday = new LinkedHashMap<>();
		for (ContentFile file : files) {
			YamlNode root = YamlNode.parse(file.name(), file.text());
			root.checkKeys(TOP_LEVEL_KEYS);
			for (YamlNode node : root.items("intents")) {
				Intent intent = readIntent(node);
				String previous = seenIds.putIfAbsent(intent.id(), intent.source());
				if (previous != null) {
					throw node.require("id")
						.error("duplicate intent id '" + intent.id() + "' (first defined at " + previous + ")");
				}
				intents.add(intent);
			}
			root.get("synonyms").ifPresent(node -> readSynonyms(node, synonyms));
			outOfScope.addAll(root.texts("outOfScope"));
			root.items("tests").forEach(node -> tests.add(readTest(node)));
			root.get("everyday").ifPresent(node -> readEveryday(node, everyday));
		}
		return new IntentContent(intents, synonyms, outOfScope, tests, everyday);
	}

	private Intent readIntent(YamlNode node) {
		node.checkKeys(INTENT_KEYS);
		YamlNode idNode = node.require("id");
		String id = node.requireText("id");
		if (!ContentId.isValid(id)) {
			throw idNode.error("intent id '" + id + "' must be kebab-case (lower-case letters, digits, hyphens)");
		}
		String title = node.requireText("title");
		List<String> examples = node.texts("examples");
		if (examples.size() < this.minExamples) {
			YamlNode at = node.get("examples").orElse(node);
			throw at
				.error("intent '" + id + "' has " + examples.size() + " examples, needs at least " + this.minExamples);
		}
		String answer = node.optionalText("answer").orElse("");
		var knowledge = node.optionalText("knowledge");
		if (answer.isEmpty() && knowledge.isEmpty()) {
			throw node.error("intent '" + id + "' needs an 'answer' or a 'knowledge' reference");
		}
		knowledge.ifPresent(ref -> {
			if (!this.knowledgeExists.test(ref)) {
				throw node.require("knowledge")
					.error("intent '" + id + "' refers to unknown knowledge item '" + ref
							+ "' (expected service:ID, contact:ID or event:ID from the knowledge folder)");
			}
		});
		Map<String, String> translations = new LinkedHashMap<>();
		Map<String, String> titles = new LinkedHashMap<>();
		// per language the answer, or {answer, title}
		node.get("translations").ifPresent(t -> t.keys().forEach(lang -> {
			YamlNode translation = t.require(lang);
			if (translation.isScalar()) {
				translations.put(lang, t.requireText(lang));
				return;
			}
			translation.checkKeys(Set.of("answer", "title"));
			translation.optionalText("answer").ifPresent(a -> translations.put(lang, a));
			translation.optionalText("title").ifPresent(a -> titles.put(lang, a));
		}));
		// the answer in Leichte Sprache, for citizens who ask for it (language de-x-ls)
		node.get("leichteSprache")
			.ifPresent(t -> translations.put(Intent.LEICHTE_SPRACHE, node.requireText("leichteSprache")));
		return new Intent(id, title, examples, answer, translations, knowledge, node.texts("quickReplies"),
				node.file() + ":" + node.line(), titles);
	}

	/**
	 * A regression question: what it expects need not exist (deleting an intent that a
	 * question relies on is what the check before publishing reports).
	 */
	private static RegressionCase readTest(YamlNode node) {
		node.checkKeys(TEST_KEYS);
		String question = node.requireText("question");
		String expect = node.requireText("expect");
		if (!RegressionCase.isExpectation(expect)) {
			throw node.require("expect")
				.error("test of '" + question + "' expects '" + expect
						+ "': name an intent id, a knowledge reference (service:ID, contact:ID, event:ID) or "
						+ "'out-of-scope'");
		}
		return new RegressionCase(question, expect, node.file() + ":" + node.line());
	}

	/**
	 * The staff's everyday words: each maps a word or phrase of up to four words to the
	 * administration's words; an empty list switches off a shipped entry.
	 */
	private static void readEveryday(YamlNode node, Map<String, List<String>> everyday) {
		for (String word : node.keys()) {
			if (word.strip().split("[^\\p{L}\\p{N}]+").length > MAX_EVERYDAY_WORDS) {
				throw node.require(word)
					.error("everyday word '" + word + "' has more than " + MAX_EVERYDAY_WORDS
							+ " words; write a shorter phrase");
			}
			String previous = everyday.containsKey(word) ? word : null;
			if (previous != null) {
				throw node.require(word).error("everyday word '" + word + "' is given twice");
			}
			everyday.put(word, node.texts(word));
		}
	}

	private static void readSynonyms(YamlNode node, Map<String, List<String>> synonyms) {
		for (String canonical : node.keys()) {
			List<String> variants = node.texts(canonical);
			if (variants.isEmpty()) {
				throw node.require(canonical).error("synonym '" + canonical + "' needs at least one variant");
			}
			synonyms.merge(canonical, variants, (a, b) -> {
				List<String> merged = new ArrayList<>(a);
				merged.addAll(b);
				return merged;
			});
		}
	}

}
