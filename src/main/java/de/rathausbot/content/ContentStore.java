package de.rathausbot.content;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import de.rathausbot.content.ContentFiles.ContentFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The content in the database, the source of truth after the first start. A group
 * ({@code intents}, {@code knowledge}) is imported once from its folder; each entry of a
 * file's lists (an intent, a service, …) becomes an item of that list's kind with its id,
 * the rest of a file an item of kind {@link #FILE}, a file that is not YAML one of kind
 * {@link #RAW}. The group's files are put together again from the items, so the readers,
 * the validation and the export stay the file formats. Every save and every deletion is a
 * version.
 */
@Component
public class ContentStore {

	/** The rest of a YAML file, beside its lists of items. */
	public static final String FILE = "_file";

	/** A file kept as it is (an iCalendar file). */
	public static final String RAW = "_raw";

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ContentStore(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/** An item as it is now. */
	public record Item(String group, String kind, String id, String file, int position, String body, int version,
			String updatedBy, Instant updatedAt) {
	}

	/** One saved state of an item; a deletion has no body. */
	public record Version(int version, String file, String body, boolean deleted, String author, Instant at,
			String summary) {
	}

	public boolean imported(String group) {
		return this.jdbc.sql("SELECT COUNT(*) FROM content_import WHERE group_name = ?")
			.param(group)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Stores the files of a group as items (version 1 by {@code author}) and marks the
	 * group imported, in one transaction. Items already stored with the same id are
	 * replaced by a new version.
	 */
	public void importFiles(String group, List<ContentFile> files, String author) {
		this.transactions.executeWithoutResult(status -> {
			for (Parsed item : split(files)) {
				save(group, item.kind(), item.id(), item.file(), item.body(), author, "imported");
			}
			this.jdbc.sql("DELETE FROM content_import WHERE group_name = ?").param(group).update();
			this.jdbc.sql("INSERT INTO content_import (group_name, imported_at) VALUES (?, ?)")
				.params(group, now())
				.update();
		});
	}

	/**
	 * Merges files into a group: items with the same kind and id are replaced (as a new
	 * version, only if they changed), new ones are added, others stay.
	 * @return how many items changed
	 */
	public int merge(String group, List<ContentFile> files, String author) {
		Integer changed = this.transactions.execute(status -> {
			int count = 0;
			for (Parsed item : split(files)) {
				Optional<Item> current = item(group, item.kind(), item.id());
				if (current.isEmpty() || !current.get().body().equals(item.body())) {
					save(group, item.kind(), item.id(), item.file(), item.body(), author, "imported");
					count++;
				}
			}
			return count;
		});
		return changed == null ? 0 : changed;
	}

	/**
	 * The group's files as they would be after {@link #merge}, without storing anything.
	 */
	public List<ContentFile> filesMerged(String group, List<ContentFile> files) {
		Map<String, Item> items = new LinkedHashMap<>();
		for (Item item : items(group)) {
			items.put(item.kind() + "\n" + item.id(), item);
		}
		int position = Integer.MAX_VALUE / 2;
		for (Parsed parsed : split(files)) {
			String key = parsed.kind() + "\n" + parsed.id();
			Item current = items.get(key);
			items.put(key, new Item(group, parsed.kind(), parsed.id(), current != null ? current.file() : parsed.file(),
					current != null ? current.position() : position++, parsed.body(), 0, "", now().toInstant()));
		}
		return assemble(group, new ArrayList<>(items.values()));
	}

	/** An item read from a file, not stored yet. */
	private record Parsed(String kind, String id, String file, String body) {
	}

	/** The items of files: each entry of a list with ids, the rest, or the raw file. */
	private static List<Parsed> split(List<ContentFile> files) {
		List<Parsed> items = new ArrayList<>();
		for (ContentFile file : files) {
			String name = ContentFiles.fileName(file.name());
			if (!name.endsWith(".yml") && !name.endsWith(".yaml")) {
				items.add(new Parsed(RAW, name, name, file.text()));
				continue;
			}
			Object root;
			try {
				root = YamlText.load(file.text());
			}
			catch (org.yaml.snakeyaml.error.MarkedYAMLException ex) {
				int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : 0;
				throw new ContentException(file.name(), line, "not readable as YAML: " + ex.getProblem(), ex);
			}
			catch (RuntimeException ex) {
				throw new ContentException(file.name(), 0, "not readable as YAML: " + ex.getMessage(), ex);
			}
			if (!(root instanceof Map<?, ?> map)) {
				continue;
			}
			Map<String, Object> rest = new LinkedHashMap<>();
			for (Map.Entry<?, ?> entry : map.entrySet()) {
				String key = String.valueOf(entry.getKey());
				if (isItemList(entry.getValue())) {
					for (Object element : (List<?>) entry.getValue()) {
						items.add(new Parsed(key, String.valueOf(((Map<?, ?>) element).get("id")), name,
								YamlText.dump(element)));
					}
				}
				else {
					rest.put(key, entry.getValue());
				}
			}
			if (!rest.isEmpty()) {
				items.add(new Parsed(FILE, name, name, YamlText.dump(rest)));
			}
		}
		return items;
	}

	private static boolean isItemList(Object value) {
		return value instanceof List<?> list && !list.isEmpty()
				&& list.stream().allMatch(e -> e instanceof Map<?, ?> m && m.get("id") != null);
	}

	/** The group's files, put together from its items, by file name. */
	public List<ContentFile> files(String group) {
		return assemble(group, items(group));
	}

	private static List<ContentFile> assemble(String group, List<Item> items) {
		Map<String, List<Item>> byFile = new TreeMap<>();
		for (Item item : items) {
			byFile.computeIfAbsent(item.file(), f -> new ArrayList<>()).add(item);
		}
		List<ContentFile> files = new ArrayList<>();
		byFile.forEach((file, inFile) -> files.add(new ContentFile(group + "/" + file, text(inFile))));
		return files;
	}

	/**
	 * A group's files with one item replaced (or added, or removed when body is null).
	 */
	public List<ContentFile> filesWith(String group, String kind, String id, String file, String body) {
		Map<String, List<Item>> byFile = new TreeMap<>();
		boolean found = false;
		for (Item item : items(group)) {
			if (item.kind().equals(kind) && item.id().equals(id)) {
				found = true;
				if (body == null) {
					continue;
				}
				item = new Item(group, kind, id, item.file(), item.position(), body, item.version(), item.updatedBy(),
						item.updatedAt());
			}
			byFile.computeIfAbsent(item.file(), f -> new ArrayList<>()).add(item);
		}
		if (!found && body != null) {
			byFile.computeIfAbsent(file, f -> new ArrayList<>())
				.add(new Item(group, kind, id, file, Integer.MAX_VALUE, body, 0, "", now().toInstant()));
		}
		List<ContentFile> files = new ArrayList<>();
		byFile.forEach((name, items) -> files.add(new ContentFile(group + "/" + name, text(items))));
		return files;
	}

	private static String text(List<Item> items) {
		for (Item item : items) {
			if (RAW.equals(item.kind())) {
				return item.body();
			}
		}
		Map<String, Object> root = new LinkedHashMap<>();
		items.stream()
			.filter(i -> !FILE.equals(i.kind()))
			.sorted(java.util.Comparator.comparingInt(Item::position))
			.forEach(i -> ((List<Object>) root.computeIfAbsent(i.kind(), k -> new ArrayList<>()))
				.add(YamlText.load(i.body())));
		items.stream()
			.filter(i -> FILE.equals(i.kind()))
			.findFirst()
			.ifPresent(i -> ((Map<?, ?>) YamlText.load(i.body())).forEach((k, v) -> root.put(String.valueOf(k), v)));
		return YamlText.dump(root);
	}

	public List<Item> items(String group) {
		return this.jdbc.sql("""
				SELECT group_name, kind, id, file, position, body, version, updated_by, updated_at
				FROM content_item WHERE group_name = ? ORDER BY file, position""")
			.param(group)
			.query(ContentStore::item)
			.list();
	}

	public List<Item> items(String group, String kind) {
		return items(group).stream().filter(i -> i.kind().equals(kind)).toList();
	}

	public Optional<Item> item(String group, String kind, String id) {
		return this.jdbc.sql("""
				SELECT group_name, kind, id, file, position, body, version, updated_by, updated_at
				FROM content_item WHERE group_name = ? AND kind = ? AND id = ?""")
			.params(group, kind, id)
			.query(ContentStore::item)
			.optional();
	}

	/**
	 * Saves an item as a new version. A new item goes to the end of {@code file}; an
	 * existing one stays in its file.
	 */
	public Item save(String group, String kind, String id, String file, String body, String author, String summary) {
		return this.transactions.execute(status -> {
			Optional<Item> current = item(group, kind, id);
			int version = lastVersion(group, kind, id) + 1;
			String itemFile = current.map(Item::file).orElse(file);
			int position = current.map(Item::position)
				.orElseGet(() -> this.jdbc
					.sql("SELECT COALESCE(MAX(position), -1) + 1 FROM content_item WHERE group_name = ? AND file = ?")
					.params(group, itemFile)
					.query(Integer.class)
					.single());
			if (current.isPresent()) {
				this.jdbc.sql("""
						UPDATE content_item SET body = ?, version = ?, updated_by = ?, updated_at = ?
						WHERE group_name = ? AND kind = ? AND id = ?""")
					.params(body, version, author, now(), group, kind, id)
					.update();
			}
			else {
				this.jdbc
					.sql("""
							INSERT INTO content_item (group_name, kind, id, file, position, body, version, updated_by, updated_at)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(group, kind, id, itemFile, position, body, version, author, now())
					.update();
			}
			addVersion(group, kind, id, version, itemFile, body, false, author, summary);
			return item(group, kind, id).orElseThrow();
		});
	}

	/** Removes an item; the deletion is a version, so it can be restored. */
	public boolean delete(String group, String kind, String id, String author) {
		return Boolean.TRUE.equals(this.transactions.execute(status -> {
			Optional<Item> current = item(group, kind, id);
			if (current.isEmpty()) {
				return false;
			}
			this.jdbc.sql("DELETE FROM content_item WHERE group_name = ? AND kind = ? AND id = ?")
				.params(group, kind, id)
				.update();
			addVersion(group, kind, id, lastVersion(group, kind, id) + 1, current.get().file(), null, true, author,
					"deleted");
			return true;
		}));
	}

	public List<Version> versions(String group, String kind, String id) {
		return this.jdbc.sql("""
				SELECT version, file, body, deleted, author, created_at, summary FROM content_version
				WHERE group_name = ? AND kind = ? AND id = ? ORDER BY version""")
			.params(group, kind, id)
			.query((rs, n) -> new Version(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getString(5), rs.getObject(6, java.time.OffsetDateTime.class).toInstant(), rs.getString(7)))
			.list();
	}

	private int lastVersion(String group, String kind, String id) {
		return this.jdbc
			.sql("SELECT COALESCE(MAX(version), 0) FROM content_version WHERE group_name = ? AND kind = ? AND id = ?")
			.params(group, kind, id)
			.query(Integer.class)
			.single();
	}

	private void addVersion(String group, String kind, String id, int version, String file, String body,
			boolean deleted, String author, String summary) {
		this.jdbc
			.sql("""
					INSERT INTO content_version (group_name, kind, id, version, file, body, deleted, author, created_at, summary)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(group, kind, id, version, file, body, deleted, author, now(), summary)
			.update();
	}

	private static Item item(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
				rs.getString(6), rs.getInt(7), rs.getString(8),
				rs.getObject(9, java.time.OffsetDateTime.class).toInstant());
	}

	private java.time.OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

}
