package de.rathausbot.staff;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

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

	private final IntentCatalog intents;

	private final KnowledgeBase knowledge;

	private final VersionedItems items;

	IntentsController(ContentStore store, IntentCatalog intents, KnowledgeBase knowledge, AssistantTraining training) {
		this.intents = intents;
		this.knowledge = knowledge;
		this.items = new VersionedItems(store, training, IntentCatalog.GROUP, KIND, "intent", NEW_FILE,
				files -> training.prepare(intents.read(files), knowledge.current()));
	}

	/** The JSON of an intent, as edited. */
	record IntentRequest(String title, List<String> examples, String answer, List<String> quickReplies,
			String knowledge) {
	}

	@GetMapping("/api/admin/intents")
	List<Map<String, Object>> list(@RequestParam(required = false) String q) {
		String query = q == null ? "" : q.strip().toLowerCase(Locale.GERMAN);
		List<Map<String, Object>> list = new ArrayList<>();
		for (ContentStore.Item item : this.items.items()) {
			Map<String, Object> intent = VersionedItems.view(item);
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
		return this.items.item(id)
			.<ResponseEntity<?>>map(item -> ResponseEntity.ok(VersionedItems.view(item)))
			.orElseGet(() -> this.items.notFound(id));
	}

	@PutMapping("/api/admin/intents/{id}")
	ResponseEntity<?> put(@PathVariable String id, @RequestBody IntentRequest request,
			@RequestParam(defaultValue = "false") boolean force, Principal author) {
		Optional<ResponseEntity<?>> invalid = validate(id, request);
		if (invalid.isPresent()) {
			return invalid.get();
		}
		Optional<ContentStore.Item> existing = this.items.item(id);
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
		existing.map(VersionedItems::view)
			.map(old -> old.get("translations"))
			.ifPresent(t -> intent.put("translations", t));
		return this.items.save(id, YamlText.dump(intent), author.getName(),
				existing.isPresent() ? "changed" : "created", existing.isPresent() ? HttpStatus.OK : HttpStatus.CREATED,
				force);
	}

	@DeleteMapping("/api/admin/intents/{id}")
	ResponseEntity<?> delete(@PathVariable String id, @RequestParam(defaultValue = "false") boolean force,
			Principal author) {
		return this.items.delete(id, author.getName(), force);
	}

	@GetMapping("/api/admin/intents/{id}/versions")
	ResponseEntity<?> versions(@PathVariable String id) {
		return this.items.versions(id);
	}

	@PostMapping("/api/admin/intents/{id}/versions/{n}/restore")
	ResponseEntity<?> restore(@PathVariable String id, @PathVariable int n,
			@RequestParam(defaultValue = "false") boolean force, Principal author) {
		return this.items.restore(id, n, author.getName(), force);
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

	private static ResponseEntity<?> invalid(String field, String message) {
		return VersionedItems.invalid(field, message);
	}

}
