package de.rathausbot.staff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.rathausbot.content.ContentException;
import de.rathausbot.content.ContentFiles.ContentFile;
import de.rathausbot.content.ContentStore;
import de.rathausbot.content.YamlText;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What editing any kind of content item has in common: check the change as the bot would
 * read it, store it as a version, publish it; list versions with their diff; restore one;
 * delete (as a version, so it can be undone).
 */
final class VersionedItems {

	private static final Pattern FIELD = Pattern.compile("field '([A-Za-z]+)'");

	/**
	 * Reads the group's files as they would be after a change; throws the first problem,
	 * returns what to publish.
	 */
	interface Check {

		Runnable check(List<ContentFile> files);

	}

	private final ContentStore store;

	private final String group;

	private final String kind;

	private final String noun;

	private final String newFile;

	private final Check check;

	VersionedItems(ContentStore store, String group, String kind, String noun, String newFile, Check check) {
		this.store = store;
		this.group = group;
		this.kind = kind;
		this.noun = noun;
		this.newFile = newFile;
		this.check = check;
	}

	Optional<ContentStore.Item> item(String id) {
		return this.store.item(this.group, this.kind, id);
	}

	List<ContentStore.Item> items() {
		return this.store.items(this.group, this.kind);
	}

	/** Checks, stores and publishes; nothing is stored when the check fails. */
	ResponseEntity<?> save(String id, String body, String author, String summary, HttpStatus status) {
		Runnable publish;
		try {
			publish = this.check.check(this.store.filesWith(this.group, this.kind, id, this.newFile, body));
		}
		catch (ContentException ex) {
			return problem(ex);
		}
		ContentStore.Item item = this.store.save(this.group, this.kind, id, this.newFile, body, author, summary);
		long start = System.nanoTime();
		publish.run();
		Map<String, Object> result = new LinkedHashMap<>(view(item));
		result.put("publishedInMs", (System.nanoTime() - start) / 1_000_000);
		return ResponseEntity.status(status).body(result);
	}

	ResponseEntity<?> delete(String id, String author) {
		if (item(id).isEmpty()) {
			return notFound(id);
		}
		Runnable publish;
		try {
			publish = this.check.check(this.store.filesWith(this.group, this.kind, id, this.newFile, null));
		}
		catch (ContentException ex) {
			return problem(ex);
		}
		this.store.delete(this.group, this.kind, id, author);
		publish.run();
		return ResponseEntity.noContent().build();
	}

	ResponseEntity<?> versions(String id) {
		List<ContentStore.Version> versions = this.store.versions(this.group, this.kind, id);
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

	ResponseEntity<?> restore(String id, int n, String author) {
		Optional<ContentStore.Version> version = this.store.versions(this.group, this.kind, id)
			.stream()
			.filter(v -> v.version() == n)
			.findFirst();
		if (version.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.body(Map.of("error", this.noun + " '" + id + "' has no version " + n));
		}
		if (version.get().deleted()) {
			return ResponseEntity.badRequest()
				.body(Map.of("error", "version " + n + " is the deletion; restore the version before it"));
		}
		return save(id, version.get().body(), author, "restored version " + n, HttpStatus.OK);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> view(ContentStore.Item item) {
		Map<String, Object> view = new LinkedHashMap<>((Map<String, Object>) YamlText.load(item.body()));
		view.put("version", item.version());
		view.put("updatedBy", item.updatedBy());
		view.put("updatedAt", item.updatedAt().toString());
		return view;
	}

	ResponseEntity<?> notFound(String id) {
		return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "no " + this.noun + " '" + id + "'"));
	}

	/** A problem the check found, with the field it names when it names one. */
	static ResponseEntity<?> problem(ContentException ex) {
		Matcher field = FIELD.matcher(ex.getMessage());
		return ResponseEntity.badRequest()
			.body(field.find() ? Map.of("error", ex.getMessage(), "field", field.group(1))
					: Map.of("error", ex.getMessage()));
	}

	static ResponseEntity<?> invalid(String field, String message) {
		return ResponseEntity.badRequest().body(Map.of("error", field + ": " + message, "field", field));
	}

}
