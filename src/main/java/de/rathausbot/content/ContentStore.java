package de.rathausbot.content;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import de.rathausbot.content.ContentFiles.ContentFile;
import de.rathausbot.tenant.Tenants;
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

	private final Tenants tenants;

	ContentStore(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, Tenants tenants) {
		this.tenants = tenants;
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
		return this.jdbc.sql("SELECT COUNT(*) FROM content_import WHERE tenant = ? AND group_name = ?")
			.params(tenant(), group)
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
			for (ContentItems.Parsed item : ContentItems.split(files)) {
				save(group, item.kind(), item.id(), item.file(), item.body(), author, "imported");
			}
			this.jdbc.sql("DELETE FROM content_import WHERE tenant = ? AND group_name = ?")
				.params(tenant(), group)
				.update();
			this.jdbc.sql("INSERT INTO content_import (tenant, group_name, imported_at) VALUES (?, ?, ?)")
				.params(tenant(), group, now())
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
			for (ContentItems.Parsed item : ContentItems.split(files)) {
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
		return ContentItems.merged(group, items(group), files, now().toInstant());
	}

	/** The group's files, put together from its items, by file name. */
	public List<ContentFile> files(String group) {
		return ContentItems.assemble(group, items(group));
	}

	/**
	 * A group's files with one item replaced (or added, or removed when body is null).
	 */
	public List<ContentFile> filesWith(String group, String kind, String id, String file, String body) {
		return ContentItems.with(group, items(group), kind, id, file, body, now().toInstant());
	}

	public List<Item> items(String group) {
		return this.jdbc.sql("""
				SELECT group_name, kind, id, file, position, body, version, updated_by, updated_at
				FROM content_item WHERE tenant = ? AND group_name = ? ORDER BY file, position""")
			.params(tenant(), group)
			.query(ContentStore::item)
			.list();
	}

	public List<Item> items(String group, String kind) {
		return items(group).stream().filter(i -> i.kind().equals(kind)).toList();
	}

	public Optional<Item> item(String group, String kind, String id) {
		return this.jdbc.sql("""
				SELECT group_name, kind, id, file, position, body, version, updated_by, updated_at
				FROM content_item WHERE tenant = ? AND group_name = ? AND kind = ? AND id = ?""")
			.params(tenant(), group, kind, id)
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
				.orElseGet(() -> this.jdbc.sql(
						"SELECT COALESCE(MAX(position), -1) + 1 FROM content_item WHERE tenant = ? AND group_name = ? AND file = ?")
					.params(tenant(), group, itemFile)
					.query(Integer.class)
					.single());
			if (current.isPresent()) {
				this.jdbc.sql("""
						UPDATE content_item SET body = ?, version = ?, updated_by = ?, updated_at = ?
						WHERE tenant = ? AND group_name = ? AND kind = ? AND id = ?""")
					.params(body, version, author, now(), tenant(), group, kind, id)
					.update();
			}
			else {
				this.jdbc
					.sql("""
							INSERT INTO content_item (tenant, group_name, kind, id, file, position, body, version, updated_by, updated_at)
							VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(tenant(), group, kind, id, itemFile, position, body, version, author, now())
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
			this.jdbc.sql("DELETE FROM content_item WHERE tenant = ? AND group_name = ? AND kind = ? AND id = ?")
				.params(tenant(), group, kind, id)
				.update();
			addVersion(group, kind, id, lastVersion(group, kind, id) + 1, current.get().file(), null, true, author,
					"deleted");
			return true;
		}));
	}

	public List<Version> versions(String group, String kind, String id) {
		return this.jdbc.sql("""
				SELECT version, file, body, deleted, author, created_at, summary FROM content_version
				WHERE tenant = ? AND group_name = ? AND kind = ? AND id = ? ORDER BY version""")
			.params(tenant(), group, kind, id)
			.query((rs, n) -> new Version(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getString(5), rs.getObject(6, java.time.OffsetDateTime.class).toInstant(), rs.getString(7)))
			.list();
	}

	private int lastVersion(String group, String kind, String id) {
		return this.jdbc.sql(
				"SELECT COALESCE(MAX(version), 0) FROM content_version WHERE tenant = ? AND group_name = ? AND kind = ? AND id = ?")
			.params(tenant(), group, kind, id)
			.query(Integer.class)
			.single();
	}

	private void addVersion(String group, String kind, String id, int version, String file, String body,
			boolean deleted, String author, String summary) {
		this.jdbc
			.sql("""
					INSERT INTO content_version (tenant, group_name, kind, id, version, file, body, deleted, author, created_at, summary)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant(), group, kind, id, version, file, body, deleted, author, now(), summary)
			.update();
	}

	private static Item item(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
				rs.getString(6), rs.getInt(7), rs.getString(8),
				rs.getObject(9, java.time.OffsetDateTime.class).toInstant());
	}

	/** Every item belongs to the tenant the work is done for. */
	private String tenant() {
		return this.tenants.current().id();
	}

	private java.time.OffsetDateTime now() {
		return this.clock.instant().atOffset(ZoneOffset.UTC);
	}

}
