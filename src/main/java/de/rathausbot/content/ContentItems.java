package de.rathausbot.content;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.TreeMap;

import de.rathausbot.content.ContentFiles.ContentFile;

/**
 * Content files taken apart into items and put together again: each entry of a YAML list
 * whose entries have ids is an item, the rest of the file is one more, and a file that is
 * not YAML (iCalendar) is kept whole.
 */
final class ContentItems {

	private ContentItems() {
	}

	/**
	 * The group's files with the items of other files merged in (same kind and id:
	 * replaced).
	 */
	static List<ContentFile> merged(String group, List<ContentStore.Item> current, List<ContentFile> files,
			Instant now) {
		Map<String, ContentStore.Item> items = new LinkedHashMap<>();
		for (ContentStore.Item item : current) {
			items.put(item.kind() + "\n" + item.id(), item);
		}
		int position = Integer.MAX_VALUE / 2;
		for (Parsed parsed : split(files)) {
			String key = parsed.kind() + "\n" + parsed.id();
			ContentStore.Item known = items.get(key);
			items.put(key,
					new ContentStore.Item(group, parsed.kind(), parsed.id(),
							known != null ? known.file() : parsed.file(), known != null ? known.position() : position++,
							parsed.body(), 0, "", now));
		}
		return assemble(group, new ArrayList<>(items.values()));
	}

	/** An item read from a file, not stored yet. */
	record Parsed(String kind, String id, String file, String body) {
	}

	/**
	 * A group's files with one item replaced (or added at the end of {@code file}, or
	 * removed when {@code body} is null).
	 */
	static List<ContentFile> with(String group, List<ContentStore.Item> items, String kind, String id, String file,
			String body, java.time.Instant now) {
		List<ContentStore.Item> changed = new ArrayList<>();
		boolean found = false;
		for (ContentStore.Item item : items) {
			if (item.kind().equals(kind) && item.id().equals(id)) {
				found = true;
				if (body == null) {
					continue;
				}
				item = new ContentStore.Item(group, kind, id, item.file(), item.position(), body, item.version(),
						item.updatedBy(), item.updatedAt());
			}
			changed.add(item);
		}
		if (!found && body != null) {
			changed.add(new ContentStore.Item(group, kind, id, file, Integer.MAX_VALUE, body, 0, "", now));
		}
		return assemble(group, changed);
	}

	/** The items of files: each entry of a list with ids, the rest, or the raw file. */
	static List<Parsed> split(List<ContentFile> files) {
		List<Parsed> items = new ArrayList<>();
		for (ContentFile file : files) {
			String name = ContentFiles.fileName(file.name());
			if (!name.endsWith(".yml") && !name.endsWith(".yaml")) {
				items.add(new Parsed(ContentStore.RAW, name, name, file.text()));
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
				items.add(new Parsed(ContentStore.FILE, name, name, YamlText.dump(rest)));
			}
		}
		return items;
	}

	private static boolean isItemList(Object value) {
		return value instanceof List<?> list && !list.isEmpty()
				&& list.stream().allMatch(e -> e instanceof Map<?, ?> m && m.get("id") != null);
	}

	static List<ContentFile> assemble(String group, List<ContentStore.Item> items) {
		Map<String, List<ContentStore.Item>> byFile = new TreeMap<>();
		for (ContentStore.Item item : items) {
			byFile.computeIfAbsent(item.file(), f -> new ArrayList<>()).add(item);
		}
		List<ContentFile> files = new ArrayList<>();
		byFile.forEach((file, inFile) -> files.add(new ContentFile(group + "/" + file, text(inFile))));
		return files;
	}

	private static String text(List<ContentStore.Item> items) {
		for (ContentStore.Item item : items) {
			if (ContentStore.RAW.equals(item.kind())) {
				return item.body();
			}
		}
		Map<String, Object> root = new LinkedHashMap<>();
		items.stream()
			.filter(i -> !ContentStore.FILE.equals(i.kind()))
			.sorted(java.util.Comparator.comparingInt(ContentStore.Item::position))
			.forEach(i -> ((List<Object>) root.computeIfAbsent(i.kind(), k -> new ArrayList<>()))
				.add(YamlText.load(i.body())));
		items.stream()
			.filter(i -> ContentStore.FILE.equals(i.kind()))
			.findFirst()
			.ifPresent(i -> ((Map<?, ?>) YamlText.load(i.body())).forEach((k, v) -> root.put(String.valueOf(k), v)));
		return YamlText.dump(root);
	}

}
