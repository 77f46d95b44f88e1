package de.rathausbot.workspace.editing;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.rathausbot.content.ContentId;
import de.rathausbot.content.ContentStore;
import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.training.AssistantTraining;
import de.rathausbot.workspace.WorkspaceProblem;
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
 * The website's pages for editors: {@code /api/admin/pages/{id}} with {@code title},
 * {@code url} and {@code text} (Markdown). A change is checked as the bot would read it,
 * stored as a version of the page file ({@code ID.md}) and answered with at once, like
 * any other knowledge.
 */
@RestController
class PagesController {

	/** A page's text may be long, but not a book. */
	private static final int MAX_TEXT = 200_000;

	private final ContentStore store;

	private final AssistantTraining training;

	private final VersionedItems.Check check;

	PagesController(ContentStore store, KnowledgeBase knowledge, IntentCatalog intents, AssistantTraining training) {
		this.store = store;
		this.training = training;
		this.check = VersionedItems.Check.knowledge(store, knowledge, intents, training);
	}

	/** The file of a page: {@code ID.txt} if that exists, else {@code ID.md}. */
	private String file(String id) {
		return this.store.item(KnowledgeBase.GROUP, ContentStore.RAW, id + ".txt").isPresent() ? id + ".txt"
				: id + ".md";
	}

	/** The versioned page file. */
	private VersionedItems items(String file) {
		return new VersionedItems(this.store, this.training, KnowledgeBase.GROUP, ContentStore.RAW, "page", file,
				this.check, PagesController::view);
	}

	@GetMapping("/api/admin/pages")
	List<Map<String, Object>> list() {
		return this.store.items(KnowledgeBase.GROUP, ContentStore.RAW)
			.stream()
			.filter(i -> i.id().endsWith(".md") || i.id().endsWith(".txt"))
			.map(PagesController::view)
			.toList();
	}

	@GetMapping("/api/admin/pages/{id}")
	ResponseEntity<?> get(@PathVariable String id) {
		String file = file(id);
		VersionedItems items = items(file);
		return items.item(file)
			.<ResponseEntity<?>>map(item -> ResponseEntity.ok(view(item)))
			.orElseGet(() -> items.notFound(id));
	}

	@PutMapping("/api/admin/pages/{id}")
	ResponseEntity<?> put(@PathVariable String id, @RequestBody Map<String, Object> fields,
			@RequestParam(defaultValue = "false") boolean force, Principal author) {
		if (!ContentId.isValid(id)) {
			return WorkspaceProblem.invalid("id", ContentId.RULE);
		}
		String title = text(fields.get("title"));
		String url = text(fields.get("url"));
		String text = text(fields.get("text"));
		if (title.isBlank()) {
			return WorkspaceProblem.invalid("title", "a page needs a title");
		}
		if (title.contains("\n") || url.contains("\n")) {
			return WorkspaceProblem.invalid(title.contains("\n") ? "title" : "url", "one line");
		}
		if (text.isBlank()) {
			return WorkspaceProblem.invalid("text", "a page needs a text");
		}
		if (text.length() > MAX_TEXT) {
			return WorkspaceProblem.invalid("text", "at most " + MAX_TEXT + " characters");
		}
		String body = "---\ntitle: " + title.strip() + "\n" + (url.isBlank() ? "" : "url: " + url.strip() + "\n")
				+ "---\n" + text.strip() + "\n";
		String file = file(id);
		VersionedItems items = items(file);
		Optional<ContentStore.Item> existing = items.item(file);
		return items.save(file, body, author.getName(), existing.isPresent() ? "changed" : "created",
				existing.isPresent() ? HttpStatus.OK : HttpStatus.CREATED, force);
	}

	@DeleteMapping("/api/admin/pages/{id}")
	ResponseEntity<?> delete(@PathVariable String id, @RequestParam(defaultValue = "false") boolean force,
			Principal author) {
		String file = file(id);
		return items(file).delete(file, author.getName(), force);
	}

	@GetMapping("/api/admin/pages/{id}/versions")
	ResponseEntity<?> versions(@PathVariable String id) {
		String file = file(id);
		return items(file).versions(file);
	}

	@PostMapping("/api/admin/pages/{id}/versions/{n}/restore")
	ResponseEntity<?> restore(@PathVariable String id, @PathVariable int n,
			@RequestParam(defaultValue = "false") boolean force, Principal author) {
		String file = file(id);
		return items(file).restore(file, n, author.getName(), force);
	}

	private static String text(Object value) {
		return value == null ? "" : String.valueOf(value);
	}

	/** A page file as editors see it: id, title, url and text apart. */
	private static Map<String, Object> view(ContentStore.Item item) {
		String body = item.body().replace("\r\n", "\n");
		String title = "";
		String url = "";
		String text = body;
		if (body.startsWith("---\n")) {
			int end = body.indexOf("\n---\n", 3);
			if (end > 0) {
				for (String line : body.substring(4, end).split("\n")) {
					if (line.startsWith("title:")) {
						title = line.substring(6).strip();
					}
					else if (line.startsWith("url:")) {
						url = line.substring(4).strip();
					}
				}
				text = body.substring(end + 5);
			}
		}
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("id", item.id().replaceFirst("\\.(md|txt)$", ""));
		view.put("title", title);
		view.put("url", url);
		view.put("text", text);
		view.put("version", item.version());
		view.put("updatedBy", item.updatedBy());
		view.put("updatedAt", item.updatedAt().toString());
		return view;
	}

}
