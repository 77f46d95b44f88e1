package de.rathausbot.workspace.editing;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import de.rathausbot.content.ContentId;
import de.rathausbot.content.ContentStore;
import de.rathausbot.content.YamlText;
import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.dialogue.AnswerTexts;
import de.rathausbot.knowledge.ItemTranslations;
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
 * Services, contacts and events for editors: {@code /api/admin/knowledge/{kind}/{id}}
 * with kind {@code services}, {@code contacts}, {@code events} or {@code faq}. The JSON
 * has the fields of the knowledge files (README); a change is checked as the bot would
 * read it, together with the intents that refer to it, then stored as a version and
 * answered with at once. Events of an iCalendar file are edited in that file (export,
 * edit, import).
 */
@RestController
class KnowledgeItemsController {

	private static final Set<String> KINDS = Set.of("services", "contacts", "events");

	private final Map<String, VersionedItems> byKind = new LinkedHashMap<>();

	private final KnowledgeBase knowledge;

	KnowledgeItemsController(ContentStore store, KnowledgeBase knowledge, IntentCatalog intents,
			AssistantTraining training) {
		this.knowledge = knowledge;
		VersionedItems.Check check = VersionedItems.Check.knowledge(store, knowledge, intents, training);
		for (String kind : KINDS) {
			this.byKind.put(kind, new VersionedItems(store, training, KnowledgeBase.GROUP, kind,
					kind.substring(0, kind.length() - 1), kind + ".yml", check));
		}
		this.byKind.put("faq",
				new VersionedItems(store, training, KnowledgeBase.GROUP, "faq", "FAQ entry", "faq.yml", check));
	}

	@GetMapping("/api/admin/knowledge/{kind}")
	ResponseEntity<?> list(@PathVariable String kind) {
		VersionedItems items = this.byKind.get(kind);
		if (items == null) {
			return unknownKind(kind);
		}
		List<Map<String, Object>> list = items.items().stream().map(VersionedItems::view).toList();
		return ResponseEntity.ok(list);
	}

	@GetMapping("/api/admin/knowledge/{kind}/{id}")
	ResponseEntity<?> get(@PathVariable String kind, @PathVariable String id) {
		VersionedItems items = this.byKind.get(kind);
		if (items == null) {
			return unknownKind(kind);
		}
		return items.item(id)
			.<ResponseEntity<?>>map(item -> ResponseEntity.ok(VersionedItems.view(item)))
			.orElseGet(() -> items.notFound(id));
	}

	@PutMapping("/api/admin/knowledge/{kind}/{id}")
	ResponseEntity<?> put(@PathVariable String kind, @PathVariable String id, @RequestBody Map<String, Object> fields,
			@RequestParam(defaultValue = "false") boolean force, Principal author) {
		VersionedItems items = this.byKind.get(kind);
		if (items == null) {
			return unknownKind(kind);
		}
		if (!ContentId.isValid(id)) {
			return WorkspaceProblem.invalid("id", ContentId.RULE);
		}
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("id", id);
		fields.forEach((key, value) -> {
			if (!Set.of("id", "version", "updatedBy", "updatedAt").contains(key) && value != null) {
				item.put(key, value);
			}
		});
		Optional<ContentStore.Item> existing = items.item(id);
		return items.save(id, YamlText.dump(item), author.getName(), existing.isPresent() ? "changed" : "created",
				existing.isPresent() ? HttpStatus.OK : HttpStatus.CREATED, force);
	}

	@DeleteMapping("/api/admin/knowledge/{kind}/{id}")
	ResponseEntity<?> delete(@PathVariable String kind, @PathVariable String id,
			@RequestParam(defaultValue = "false") boolean force, Principal author) {
		VersionedItems items = this.byKind.get(kind);
		return items == null ? unknownKind(kind) : items.delete(id, author.getName(), force);
	}

	@GetMapping("/api/admin/knowledge/{kind}/{id}/versions")
	ResponseEntity<?> versions(@PathVariable String kind, @PathVariable String id) {
		VersionedItems items = this.byKind.get(kind);
		return items == null ? unknownKind(kind) : items.versions(id);
	}

	@PostMapping("/api/admin/knowledge/{kind}/{id}/versions/{n}/restore")
	ResponseEntity<?> restore(@PathVariable String kind, @PathVariable String id, @PathVariable int n,
			@RequestParam(defaultValue = "false") boolean force, Principal author) {
		VersionedItems items = this.byKind.get(kind);
		return items == null ? unknownKind(kind) : items.restore(id, n, author.getName(), force);
	}

	/**
	 * Which languages the item is translated into, completely or in part (with the fields
	 * still German), and which of the bot's languages it lacks; for a service whether it
	 * has a text in Leichte Sprache.
	 */
	@GetMapping("/api/admin/knowledge/{kind}/{id}/translations")
	ResponseEntity<?> translations(@PathVariable String kind, @PathVariable String id) {
		VersionedItems items = this.byKind.get(kind);
		if (items == null) {
			return unknownKind(kind);
		}
		if (items.item(id).isEmpty()) {
			return items.notFound(id);
		}
		String ref = (kind.equals("faq") ? "faq" : kind.substring(0, kind.length() - 1)) + ":" + id;
		ItemTranslations translations = this.knowledge.current().translations();
		Set<String> translated = translations.languagesOf(ref);
		Set<String> languages = new java.util.LinkedHashSet<>(AnswerTexts.SHIPPED);
		languages.addAll(translated);
		List<Map<String, Object>> status = languages.stream().map(language -> {
			Map<String, Object> one = new LinkedHashMap<>();
			one.put("language", language);
			boolean has = translated.contains(language);
			one.put("status", !has ? "missing" : translations.complete(ref, language) ? "complete" : "partial");
			one.put("germanFields", translations.missing(ref, language));
			return one;
		}).toList();
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("languages", status);
		body.put("leichteSprache", translations.leichteSprache(ref).isPresent());
		return ResponseEntity.ok(body);
	}

	private static ResponseEntity<?> unknownKind(String kind) {
		return WorkspaceProblem
			.notFound("no knowledge kind '" + kind + "' (services, contacts, events or faq; pages: /api/admin/pages)");
	}

}
