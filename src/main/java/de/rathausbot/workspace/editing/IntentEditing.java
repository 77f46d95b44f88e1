package de.rathausbot.workspace.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import de.rathausbot.content.ContentId;
import de.rathausbot.content.ContentStore;
import de.rathausbot.content.YamlText;
import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.training.AssistantTraining;
import de.rathausbot.workspace.WorkspaceProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Saving an intent as an editor wrote it, for the intents API and the inbox: the fields
 * are checked, then the change is checked, tested and published like any content change.
 */
@Component
public class IntentEditing {

	/** Where questions marked as out of scope go when no intents file has such a list. */
	static final String OUT_OF_SCOPE_FILE = "out-of-scope.yml";

	/** Where intents created here are kept (and exported). */
	static final String NEW_FILE = "eigene.yml";

	private final IntentCatalog intents;

	private final KnowledgeBase knowledge;

	private final VersionedItems items;

	private final ContentStore store;

	private final AssistantTraining training;

	IntentEditing(ContentStore store, IntentCatalog intents, KnowledgeBase knowledge, AssistantTraining training) {
		this.store = store;
		this.training = training;
		this.intents = intents;
		this.knowledge = knowledge;
		this.items = versioned("intents", "intent", NEW_FILE);
	}

	/**
	 * Edits items of one kind in the intents content (intents, or a whole file such as
	 * the test questions): a change is read with the other intent files and tested with
	 * the knowledge in use.
	 * @param newFile where a new item goes
	 */
	VersionedItems versioned(String kind, String noun, String newFile) {
		return new VersionedItems(this.store, this.training, IntentCatalog.GROUP, kind, noun, newFile,
				files -> this.training.prepare(this.intents.read(files), this.knowledge.current()));
	}

	/**
	 * The JSON of an intent, as edited.
	 *
	 * @param translations the answer in other languages, by language code; null keeps
	 * those the intent has (answers and titles)
	 * @param titles the title in other languages, by language code, with
	 * {@code translations}
	 * @param leichteSprache the answer in Leichte Sprache; null keeps the one it has,
	 * blank removes it
	 */
	public record IntentRequest(String title, List<String> examples, String answer, List<String> quickReplies,
			String knowledge, Map<String, String> translations, Map<String, String> titles, String leichteSprache) {

		public IntentRequest(String title, List<String> examples, String answer, List<String> quickReplies,
				String knowledge) {
			this(title, examples, answer, quickReplies, knowledge, null, null, null);
		}

	}

	VersionedItems items() {
		return this.items;
	}

	/**
	 * Creates ({@code 201}) or changes ({@code 200}) an intent; {@code 400} at a field.
	 */
	public ResponseEntity<?> save(String id, IntentRequest request, boolean force, String author) {
		Optional<ResponseEntity<?>> invalid = validate(id, request);
		if (invalid.isPresent()) {
			return invalid.get();
		}
		boolean exists = this.items.item(id).isPresent();
		return this.items.save(id, yaml(id, request), author, exists ? "changed" : "created",
				exists ? HttpStatus.OK : HttpStatus.CREATED, force);
	}

	/**
	 * The intent as stored: the request's fields, and the translations it had where the
	 * request leaves them out.
	 */
	String yaml(String id, IntentRequest request) {
		Map<String, Object> intent = new LinkedHashMap<>();
		intent.put("id", id);
		intent.put("title", request.title().strip());
		if (request.knowledge() != null && !request.knowledge().isBlank()) {
			intent.put("knowledge", request.knowledge().strip());
		}
		if (request.answer() != null && !request.answer().isBlank()) {
			intent.put("answer", request.answer().strip());
		}
		intent.put("examples", request.examples().stream().map(String::strip).filter(e -> !e.isEmpty()).toList());
		if (request.quickReplies() != null && !request.quickReplies().isEmpty()) {
			intent.put("quickReplies", request.quickReplies().stream().map(String::strip).toList());
		}
		Map<String, Object> old = this.items.item(id).map(VersionedItems::view).orElse(Map.of());
		Object stored = old.get("translations");
		Map<String, Object> translations = IntentTranslations.of(
				request.translations() == null ? IntentTranslations.answers(stored) : request.translations(),
				request.titles() == null ? IntentTranslations.titles(stored) : request.titles());
		if (!translations.isEmpty()) {
			intent.put("translations", translations);
		}
		String easy = request.leichteSprache() == null ? (String) old.get("leichteSprache")
				: request.leichteSprache().strip();
		if (easy != null && !easy.isBlank()) {
			intent.put("leichteSprache", easy);
		}
		return YamlText.dump(intent);
	}

	/** Equal but for case, punctuation and spacing. */
	static boolean sameWords(String a, String b) {
		return words(a).equals(words(b));
	}

	private static String words(String text) {
		return text.toLowerCase(java.util.Locale.GERMAN).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	/** Takes an example out of an intent ({@code 404} if there is no such intent). */
	ResponseEntity<?> removeExample(String id, String question, boolean force, String author) {
		return changeExamples(id, examples -> examples.removeIf(e -> sameWords(String.valueOf(e), question)),
				"moved an example to another intent", force, author);
	}

	/** Adds an example question to an intent ({@code 404} if there is no such intent). */
	public ResponseEntity<?> addExample(String id, String question, boolean force, String author) {
		return changeExamples(id, examples -> {
			if (!examples.contains(question)) {
				examples.add(question);
			}
		}, "added an example", force, author);
	}

	/** Changes the examples of a stored intent and saves it like any change. */
	@SuppressWarnings("unchecked")
	private ResponseEntity<?> changeExamples(String id, Consumer<List<Object>> change, String summary, boolean force,
			String author) {
		Optional<ContentStore.Item> existing = this.items.item(id);
		if (existing.isEmpty()) {
			return this.items.notFound(id);
		}
		Map<String, Object> intent = new LinkedHashMap<>(VersionedItems.view(existing.get()));
		intent.keySet().removeAll(List.of("version", "updatedBy", "updatedAt"));
		List<Object> examples = new ArrayList<>((List<Object>) intent.getOrDefault("examples", List.of()));
		change.accept(examples);
		intent.put("examples", examples);
		return this.items.save(id, YamlText.dump(intent), author, summary, HttpStatus.OK, force);
	}

	/**
	 * Keeps a question as one the bot must not answer: an out-of-scope example in the
	 * first intents file with such a list (or a new one), which makes similar questions
	 * fall back.
	 */
	@SuppressWarnings("unchecked")
	public ResponseEntity<?> addOutOfScope(String question, boolean force, String author) {
		Optional<ContentStore.Item> file = this.store.items(IntentCatalog.GROUP, ContentStore.FILE)
			.stream()
			.filter(item -> YamlText.load(item.body()) instanceof Map<?, ?> map && map.containsKey("outOfScope"))
			.findFirst();
		String name = file.map(ContentStore.Item::id).orElse(OUT_OF_SCOPE_FILE);
		Map<String, Object> content = new LinkedHashMap<>(
				file.map(item -> (Map<String, Object>) YamlText.load(item.body())).orElse(Map.of()));
		List<Object> examples = new ArrayList<>((List<Object>) content.getOrDefault("outOfScope", List.of()));
		if (!examples.contains(question)) {
			examples.add(question);
		}
		content.put("outOfScope", examples);
		return versioned(ContentStore.FILE, "intents file", name).save(name, YamlText.dump(content), author,
				"marked a question from the inbox as out of scope", HttpStatus.OK, force);
	}

	Optional<ResponseEntity<?>> validate(String id, IntentRequest request) {
		if (!ContentId.isValid(id)) {
			return Optional.of(WorkspaceProblem.invalid("id", ContentId.RULE));
		}
		if (request.translations() != null || request.titles() != null) {
			java.util.Set<String> codes = new java.util.HashSet<>();
			Optional.ofNullable(request.translations()).ifPresent(t -> codes.addAll(t.keySet()));
			Optional.ofNullable(request.titles()).ifPresent(t -> codes.addAll(t.keySet()));
			Optional<String> wrong = codes.stream()
				.filter(l -> !l.strip().matches("[a-z]{2}") || l.strip().equals("de"))
				.findFirst();
			if (wrong.isPresent()) {
				return Optional.of(WorkspaceProblem.invalid("translations." + wrong.get(), "language '" + wrong.get()
						+ "' must be a two-letter language code other than de, like en or tr"));
			}
		}
		if (request.title() == null || request.title().isBlank()) {
			return Optional.of(WorkspaceProblem.invalid("title", "a title is required"));
		}
		long examples = request.examples() == null ? 0
				: request.examples().stream().filter(e -> e != null && !e.isBlank()).count();
		if (examples < this.intents.minExamples()) {
			return Optional.of(WorkspaceProblem.invalid("examples", "at least " + this.intents.minExamples()
					+ " example phrasings are needed, " + examples + " given"));
		}
		boolean hasAnswer = request.answer() != null && !request.answer().isBlank();
		boolean hasKnowledge = request.knowledge() != null && !request.knowledge().isBlank();
		if (!hasAnswer && !hasKnowledge) {
			return Optional.of(WorkspaceProblem.invalid("answer", "write an answer or link a knowledge item"));
		}
		if (hasKnowledge && !this.knowledge.contains(request.knowledge().strip())) {
			return Optional.of(WorkspaceProblem.invalid("knowledge", "no knowledge item '" + request.knowledge().strip()
					+ "' (service:ID, contact:ID, event:ID or events)"));
		}
		return Optional.empty();
	}

}
