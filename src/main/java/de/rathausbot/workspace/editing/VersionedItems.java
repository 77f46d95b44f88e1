package de.rathausbot.workspace.editing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import de.rathausbot.content.ContentException;
import de.rathausbot.content.ContentFiles.ContentFile;
import de.rathausbot.content.ContentStore;
import de.rathausbot.content.YamlText;
import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.training.AssistantTraining;
import de.rathausbot.training.RegressionResult;
import de.rathausbot.workspace.WorkspaceProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * What editing any kind of content item has in common: check the change as the bot would
 * read it, store it as a version, publish it; list versions with their diff; restore one;
 * delete (as a version, so it can be undone).
 */
final class VersionedItems {

	/**
	 * Reads the group's files as they would be after a change; throws the first problem,
	 * returns the change trained and tested.
	 */
	interface Check {

		AssistantTraining.Prepared check(List<ContentFile> files);

		/**
		 * Knowledge files read as the bot would, with the intents in use that refer to
		 * them, trained and tested.
		 */
		static Check knowledge(ContentStore store, KnowledgeBase knowledge, IntentCatalog intents,
				AssistantTraining training) {
			return files -> {
				KnowledgeBase.Snapshot changed = knowledge.read(files);
				return training.prepare(intents.read(store.files(IntentCatalog.GROUP), changed::contains), changed);
			};
		}

	}

	private final ContentStore store;

	private final String group;

	private final String kind;

	private final String noun;

	private final String newFile;

	private final Check check;

	private final AssistantTraining training;

	private final Function<ContentStore.Item, Map<String, Object>> viewer;

	VersionedItems(ContentStore store, AssistantTraining training, String group, String kind, String noun,
			String newFile, Check check) {
		this(store, training, group, kind, noun, newFile, check, VersionedItems::view);
	}

	/**
	 * @param viewer how a stored item is shown to editors (the fields of a YAML item, by
	 * default)
	 */
	VersionedItems(ContentStore store, AssistantTraining training, String group, String kind, String noun,
			String newFile, Check check, Function<ContentStore.Item, Map<String, Object>> viewer) {
		this.viewer = viewer;
		this.store = store;
		this.training = training;
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

	/**
	 * Checks, tests, stores and publishes; nothing is stored when the check fails, or
	 * when the change breaks regression questions and {@code force} is not set.
	 */
	ResponseEntity<?> save(String id, String body, String author, String summary, HttpStatus status, boolean force) {
		long start = System.nanoTime();
		return change(id, body, force, prepared -> {
			ContentStore.Item item = this.store.save(this.group, this.kind, id, this.newFile, body, author, summary);
			this.training.publish(prepared);
			Map<String, Object> result = new LinkedHashMap<>(this.viewer.apply(item));
			result.put("publishedInMs", (System.nanoTime() - start) / 1_000_000);
			result.put("testQuestions", testSummary(prepared));
			return ResponseEntity.status(status).body(result);
		});
	}

	/**
	 * The item changed to {@code body}, checked and trained like a save but neither
	 * stored nor published.
	 * @throws ContentException what is wrong with it
	 */
	AssistantTraining.Prepared prepare(String id, String body) {
		return this.check.check(this.store.filesWith(this.group, this.kind, id, this.newFile, body));
	}

	ResponseEntity<?> delete(String id, String author, boolean force) {
		if (item(id).isEmpty()) {
			return notFound(id);
		}
		return change(id, null, force, prepared -> {
			this.store.delete(this.group, this.kind, id, author);
			this.training.publish(prepared);
			return ResponseEntity.noContent().build();
		});
	}

	/**
	 * Checks and tests the item changed to {@code body} ({@code null}: deleted); only if
	 * that passes (or {@code force}) it is stored and published.
	 */
	private ResponseEntity<?> change(String id, String body, boolean force,
			Function<AssistantTraining.Prepared, ResponseEntity<?>> storeAndPublish) {
		return this.training.exclusively(() -> {
			AssistantTraining.Prepared prepared;
			try {
				prepared = this.check.check(this.store.filesWith(this.group, this.kind, id, this.newFile, body));
			}
			catch (ContentException ex) {
				return WorkspaceProblem.content(ex);
			}
			if (!force && !prepared.regressions().isEmpty()) {
				return regressions(prepared);
			}
			return storeAndPublish.apply(prepared);
		});
	}

	/**
	 * 409: the change was not stored because it breaks regression questions; they are
	 * listed with what the bot would do instead.
	 */
	static ResponseEntity<?> regressions(AssistantTraining.Prepared prepared) {
		int n = prepared.regressions().size();
		return WorkspaceProblem.of(HttpStatus.CONFLICT,
				"not saved: the change breaks " + n + (n == 1 ? " test question" : " test questions")
						+ " that the bot answers correctly now; fix it, or save again with force=true",
				Map.of("regressions", prepared.regressions(), "testQuestions", testSummary(prepared)));
	}

	static Map<String, Object> testSummary(AssistantTraining.Prepared prepared) {
		return Map.of("total", prepared.results().size(), "passed",
				prepared.results().stream().filter(RegressionResult::passed).count());
	}

	/** One saved state of an item, with what changed against the one before. */
	record VersionView(int version, String author, String at, String summary, boolean deleted, List<String> diff) {
	}

	ResponseEntity<?> versions(String id) {
		List<ContentStore.Version> versions = this.store.versions(this.group, this.kind, id);
		if (versions.isEmpty()) {
			return notFound(id);
		}
		List<VersionView> list = new ArrayList<>();
		String before = null;
		for (ContentStore.Version v : versions) {
			list.add(new VersionView(v.version(), v.author(), v.at().toString(), v.summary(), v.deleted(),
					LineDiff.between(before, v.body())));
			before = v.body();
		}
		return ResponseEntity.ok(list);
	}

	ResponseEntity<?> restore(String id, int n, String author, boolean force) {
		Optional<ContentStore.Version> version = this.store.versions(this.group, this.kind, id)
			.stream()
			.filter(v -> v.version() == n)
			.findFirst();
		if (version.isEmpty()) {
			return WorkspaceProblem.notFound(this.noun + " '" + id + "' has no version " + n);
		}
		if (version.get().deleted()) {
			return WorkspaceProblem.badRequest("version " + n + " is the deletion; restore the version before it");
		}
		return save(id, version.get().body(), author, "restored version " + n, HttpStatus.OK, force);
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
		return WorkspaceProblem.notFound("no " + this.noun + " '" + id + "'");
	}

}
