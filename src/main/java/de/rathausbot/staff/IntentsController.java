package de.rathausbot.staff;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import de.rathausbot.content.ContentException;
import de.rathausbot.content.ContentStore;
import de.rathausbot.content.YamlText;
import de.rathausbot.conversation.AssistantTraining;
import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.intents.IntentContent;
import de.rathausbot.knowledge.KnowledgeBase;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Intents for editors: {@code /api/admin/intents}. Every save and deletion is a version
 * (who, when, what changed) that can be viewed as a diff and restored; a change is
 * checked as the bot would read it before it is stored, and is answered with as soon as
 * the request returns.
 */
@RestController
class IntentsController {

	private static final String KIND = "intents";

	/** Where intents created here are kept (and exported). */
	static final String NEW_FILE = "eigene.yml";

	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final ContentStore store;

	private final IntentCatalog intents;

	private final KnowledgeBase knowledge;

	private final AssistantTraining training;

	IntentsController(ContentStore store, IntentCatalog intents, KnowledgeBase knowledge, AssistantTraining training) {
		this.store = store;
		this.intents = intents;
		this.knowledge = knowledge;
		this.training = training;
	}

	/** The JSON of an intent, as edited. */
	record IntentRequest(String title, List<String> examples, String answer, List<String> quickReplies,
			String knowledge) {
	}

	@GetMapping("/api/admin/intents")
	List<Map<String, Object>> list(@RequestParam(required = false) String q) {
		String query = q == null ? "" : q.strip().toLowerCase(Locale.GERMAN);
		List<Map<String, Object>> list = new ArrayList<>();
		for (ContentStore.Item item : this.store.items(IntentCatalog.GROUP, KIND)) {
			Map<String, Object> intent = view(item);
			if (query.isEmpty() || YamlText.dump(intent).toLowerCase(Locale.GERMAN).contains(query)) {
				list.add(Map.of("id", item.id(), "title", intent.getOrDefault("title", ""), "examples",
						((List<?>) intent.getOrDefault("examples", List.of())).size(), "version", item.version(),
						"updatedBy", item.updatedBy(), "updatedAt", item.updatedAt().toString()));
			}
		}
		return list;
	}

	@GetMapping("/api/admin/intents/{id}")
	ResponseEntity<?> get(@PathVariable String id) {
		return this.store.item(IntentCatalog.GROUP, KIND, id)
			.<ResponseEntity<?>>map(item -> ResponseEntity.ok(view(item)))
			.orElseGet(() -> notFound(id));
	}

	@PutMapping("/api/admin/intents/{id}")
	ResponseEntity<?> put(@PathVariable String id, @RequestBody IntentRequest request, Principal author) {
		Optional<ResponseEntity<?>> invalid = validate(id, request);
		if (invalid.isPresent()) {
			return invalid.get();
		}
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
		// translations are not edited here: keep them
		this.store.item(IntentCatalog.GROUP, KIND, id)
			.map(IntentsController::view)
			.map(old -> old.get("translations"))
			.ifPresent(t -> intent.put("translations", t));
		boolean exists = this.store.item(IntentCatalog.GROUP, KIND, id).isPresent();
		return save(id, YamlText.dump(intent), author.getName(), exists ? "changed" : "created",
				exists ? HttpStatus.OK : HttpStatus.CREATED);
	}

	@DeleteMapping("/api/admin/intents/{id}")
	ResponseEntity<?> delete(@PathVariable String id, Principal author) {
		if (this.store.item(IntentCatalog.GROUP, KIND, id).isEmpty()) {
			return notFound(id);
		}
		IntentContent checked;
		try {
			checked = this.intents.read(this.store.filesWith(IntentCatalog.GROUP, KIND, id, NEW_FILE, null));
		}
		catch (ContentException ex) {
			return ResponseEntity.badRequest().body(Map.of("error", ex.getMessage()));
		}
		this.store.delete(IntentCatalog.GROUP, KIND, id, author.getName());
		this.training.publish(checked);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/admin/intents/{id}/versions")
	ResponseEntity<?> versions(@PathVariable String id) {
		List<ContentStore.Version> versions = this.store.versions(IntentCatalog.GROUP, KIND, id);
		if (versions.isEmpty()) {
			return notFound(id);
		}
		List<Map<String, Object>> list = new ArrayList<>();
		String before = null;
		for (ContentStore.Version v : versions) {
			list.add(Map.of("version", v.version(), "author", v.author(), "at", v.at().toString(), "summary",
					v.summary(), "deleted", v.deleted(), "diff", LineDiff.between(before, v.body())));
			before = v.body();
		}
		return ResponseEntity.ok(list);
	}

	@PostMapping("/api/admin/intents/{id}/versions/{n}/restore")
	ResponseEntity<?> restore(@PathVariable String id, @PathVariable int n, Principal author) {
		Optional<ContentStore.Version> version = this.store.versions(IntentCatalog.GROUP, KIND, id)
			.stream()
			.filter(v -> v.version() == n)
			.findFirst();
		if (version.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Map.of("error", "intent '" + id + "' has no version " + n));
		}
		if (version.get().deleted()) {
			return ResponseEntity.badRequest()
				.body(Map.of("error", "version " + n + " is the deletion; restore the version before it"));
		}
		return save(id, version.get().body(), author.getName(), "restored version " + n, HttpStatus.OK);
	}

	/**
	 * Checks the change as the bot would read it, stores it as a version and publishes
	 * it. Nothing is stored when the check fails.
	 */
	private ResponseEntity<?> save(String id, String body, String author, String summary, HttpStatus status) {
		IntentContent checked;
		try {
			checked = this.intents.read(this.store.filesWith(IntentCatalog.GROUP, KIND, id, NEW_FILE, body));
		}
		catch (ContentException ex) {
			return ResponseEntity.badRequest().body(Map.of("error", ex.getMessage()));
		}
		ContentStore.Item item = this.store.save(IntentCatalog.GROUP, KIND, id, NEW_FILE, body, author, summary);
		long millis = this.training.publish(checked);
		Map<String, Object> result = new LinkedHashMap<>(view(item));
		result.put("publishedInMs", millis);
		return ResponseEntity.status(status).body(result);
	}

	private Optional<ResponseEntity<?>> validate(String id, IntentRequest request) {
		if (!ID.matcher(id).matches()) {
			return Optional.of(invalid("id", "kebab-case: lower-case letters, digits and hyphens"));
		}
		if (request.title() == null || request.title().isBlank()) {
			return Optional.of(invalid("title", "a title is required"));
		}
		long examples = request.examples() == null ? 0
				: request.examples().stream().filter(e -> e != null && !e.isBlank()).count();
		if (examples < this.intents.minExamples()) {
			return Optional.of(invalid("examples", "at least " + this.intents.minExamples()
					+ " example phrasings are needed, " + examples + " given"));
		}
		boolean hasAnswer = request.answer() != null && !request.answer().isBlank();
		boolean hasKnowledge = request.knowledge() != null && !request.knowledge().isBlank();
		if (!hasAnswer && !hasKnowledge) {
			return Optional.of(invalid("answer", "write an answer or link a knowledge item"));
		}
		if (hasKnowledge && !this.knowledge.contains(request.knowledge().strip())) {
			return Optional.of(invalid("knowledge", "no knowledge item '" + request.knowledge().strip()
					+ "' (service:ID, contact:ID, event:ID or events)"));
		}
		return Optional.empty();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> view(ContentStore.Item item) {
		Map<String, Object> view = new LinkedHashMap<>((Map<String, Object>) YamlText.load(item.body()));
		view.put("version", item.version());
		view.put("updatedBy", item.updatedBy());
		view.put("updatedAt", item.updatedAt().toString());
		return view;
	}

	private static ResponseEntity<?> invalid(String field, String message) {
		return ResponseEntity.badRequest().body(Map.of("error", field + ": " + message, "field", field));
	}

	private static ResponseEntity<?> notFound(String id) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no intent '" + id + "'"));
	}

}
