package de.rathausbot.workspace.editing;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.rathausbot.content.ContentStore;
import de.rathausbot.content.YamlText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

	/** How many examples "So antwortet der Bot" asks. */
	private static final int PREVIEW_QUESTIONS = 5;

	private final IntentEditing editing;

	private final VersionedItems items;

	private final IntentChecks checks;

	IntentsController(IntentEditing editing, IntentChecks checks) {
		this.editing = editing;
		this.checks = checks;
		this.items = editing.items();
	}

	/** An intent in the list: its title, how many examples, who changed it last. */
	record IntentSummary(String id, String title, int examples, int version, String updatedBy, String updatedAt) {
	}

	@GetMapping("/api/admin/intents")
	List<IntentSummary> list(@RequestParam(required = false) String q) {
		String query = q == null ? "" : q.strip().toLowerCase(Locale.GERMAN);
		List<IntentSummary> list = new ArrayList<>();
		for (ContentStore.Item item : this.items.items()) {
			Map<String, Object> intent = VersionedItems.view(item);
			if (query.isEmpty() || YamlText.dump(intent).toLowerCase(Locale.GERMAN).contains(query)) {
				list.add(new IntentSummary(item.id(), String.valueOf(intent.getOrDefault("title", "")),
						((List<?>) intent.getOrDefault("examples", List.of())).size(), item.version(), item.updatedBy(),
						item.updatedAt().toString()));
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
	ResponseEntity<?> put(@PathVariable String id, @RequestBody IntentEditing.IntentRequest request,
			@RequestParam(defaultValue = "false") boolean force, Principal author) {
		return this.editing.save(id, request, force, author.getName());
	}

	/**
	 * How the bot would answer a few of the examples with the intent changed so (nothing
	 * is saved).
	 */
	@PostMapping("/api/admin/intents/{id}/preview")
	ResponseEntity<?> preview(@PathVariable String id, @RequestBody IntentEditing.IntentRequest request) {
		return this.checks.preview(id, request, PREVIEW_QUESTIONS);
	}

	/**
	 * The examples being written, as the bot answers them today, and where else they
	 * stand.
	 */
	record ExamplesRequest(@Size(max = 200) List<@Size(max = 1000) String> examples, String knowledge) {
	}

	@PostMapping("/api/admin/intents/{id}/examples/check")
	List<IntentChecks.ExampleCheck> checkExamples(@PathVariable String id,
			@Valid @RequestBody ExamplesRequest request) {
		return this.checks.checkExamples(id, request.examples() == null ? List.of() : request.examples(),
				request.knowledge());
	}

	/** One example question, to add to or take out of an intent. */
	record ExampleRequest(@NotBlank @Size(max = 1000) String question) {
	}

	@PostMapping("/api/admin/intents/{id}/examples")
	ResponseEntity<?> addExample(@PathVariable String id, @Valid @RequestBody ExampleRequest request,
			@RequestParam(defaultValue = "false") boolean force, Principal author) {
		return this.editing.addExample(id, request.question().strip(), force, author.getName());
	}

	@PostMapping("/api/admin/intents/{id}/examples/remove")
	ResponseEntity<?> removeExample(@PathVariable String id, @Valid @RequestBody ExampleRequest request,
			@RequestParam(defaultValue = "false") boolean force, Principal author) {
		return this.editing.removeExample(id, request.question(), force, author.getName());
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

}
