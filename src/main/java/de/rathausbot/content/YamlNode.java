package de.rathausbot.content;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML node that remembers its file and line, so every validation error can point at
 * the place to fix. Reading is strict: a wrong type is an error, not a silent default.
 */
public final class YamlNode {

	private static final String QUOTING_TIP = " (tip: put texts containing ? : # , [ ] { } in quotes, e.g. [\"Was kannst du?\"])";

	/** Where the items of a file are: its top-level lists' entries (file, list, item). */
	private static final int ITEM_DEPTH = 2;

	private final String file;

	private final Node node;

	/** How deep in the file: the root is 0. */
	private final int depth;

	/**
	 * The path of the item's field this node is in ({@code name}, {@code fees.1.amount}:
	 * list entries by their index from 0), or null above the items' fields.
	 */
	private final String field;

	private YamlNode(String file, Node node, int depth, String field) {
		this.file = file;
		this.node = node;
		this.depth = depth;
		this.field = field;
	}

	/** A child of this node, under the given key or (a list entry) index. */
	private YamlNode child(Node child, String key) {
		String path = this.depth == ITEM_DEPTH ? key : this.field == null ? null : this.field + "." + key;
		return new YamlNode(this.file, child, this.depth + 1, path);
	}

	/** Parses a whole file; an empty file is an empty mapping. */
	public static YamlNode parse(String file, String text) {
		LoaderOptions options = new LoaderOptions();
		options.setAllowDuplicateKeys(false);
		try (Reader reader = new StringReader(text)) {
			Node root = new Yaml(options).compose(reader);
			if (root == null) {
				root = new MappingNode(org.yaml.snakeyaml.nodes.Tag.MAP, List.of(),
						org.yaml.snakeyaml.DumperOptions.FlowStyle.AUTO);
			}
			return new YamlNode(file, root, 0, null);
		}
		catch (MarkedYAMLException ex) {
			int line = ex.getProblemMark() != null ? ex.getProblemMark().getLine() + 1 : 0;
			throw new ContentException(file, line, "invalid YAML: " + ex.getProblem() + QUOTING_TIP);
		}
		catch (java.io.IOException | RuntimeException ex) {
			throw new ContentException(file, 0, "invalid YAML: " + ex.getMessage(), ex);
		}
	}

	public String file() {
		return this.file;
	}

	/** 1-based line where this node starts. */
	public int line() {
		return this.node.getStartMark() != null ? this.node.getStartMark().getLine() + 1 : 0;
	}

	/** A problem here, naming the item's field this node is in. */
	public ContentException error(String problem) {
		return new ContentException(this.file, line(), problem, this.field, null);
	}

	public boolean isScalar() {
		return this.node instanceof ScalarNode;
	}

	public String text() {
		if (this.node instanceof ScalarNode scalar) {
			return scalar.getValue();
		}
		throw error("expected a text value");
	}

	public Optional<YamlNode> get(String key) {
		for (NodeTuple tuple : mappingNode().getValue()) {
			if (tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
				return Optional.of(child(tuple.getValueNode(), key));
			}
		}
		return Optional.empty();
	}

	public List<String> keys() {
		List<String> keys = new ArrayList<>();
		for (NodeTuple tuple : mappingNode().getValue()) {
			keys.add(((ScalarNode) tuple.getKeyNode()).getValue());
		}
		return keys;
	}

	/** Rejects any field not in the allowed set, pointing at the unknown field's line. */
	public void checkKeys(java.util.Set<String> allowed) {
		for (String key : keys()) {
			if (!allowed.contains(key)) {
				throw require(key).error("unknown field '" + key + "' (allowed: "
						+ String.join(", ", allowed.stream().sorted().toList()) + ")");
			}
		}
	}

	public YamlNode require(String key) {
		return get(key).orElseThrow(() -> new ContentException(this.file, line(), "missing field '" + key + "'",
				this.depth == ITEM_DEPTH ? key : this.field == null ? null : this.field + "." + key, null));
	}

	/** A required, non-blank text field. */
	public String requireText(String key) {
		YamlNode value = require(key);
		String text = value.text().strip();
		if (text.isEmpty()) {
			throw value.error("field '" + key + "' must not be empty");
		}
		return text;
	}

	/** An optional text field; blank counts as absent. */
	public Optional<String> optionalText(String key) {
		return get(key).filter(n -> !(n.node instanceof ScalarNode s && s.getValue().isBlank()))
			.map(n -> n.text().strip());
	}

	/**
	 * The items of a sequence field, or an empty list when the field is absent or null.
	 */
	public List<YamlNode> items(String key) {
		Optional<YamlNode> value = get(key);
		if (value.isEmpty() || value.get().isNull()) {
			return List.of();
		}
		return value.get().items();
	}

	public List<YamlNode> items() {
		if (!(this.node instanceof SequenceNode sequence)) {
			throw error("expected a list");
		}
		List<YamlNode> items = new ArrayList<>();
		for (Node entry : sequence.getValue()) {
			items.add(child(entry, Integer.toString(items.size())));
		}
		return items;
	}

	/** A list of texts; a single text counts as a list of one. */
	public List<String> texts(String key) {
		Optional<YamlNode> value = get(key);
		if (value.isEmpty() || value.get().isNull()) {
			return List.of();
		}
		if (value.get().isScalar()) {
			return List.of(value.get().text().strip());
		}
		return value.get().items().stream().map(n -> n.text().strip()).filter(s -> !s.isEmpty()).toList();
	}

	boolean isNull() {
		return this.node instanceof ScalarNode s && "tag:yaml.org,2002:null".equals(s.getTag().getValue());
	}

	private MappingNode mappingNode() {
		if (this.node instanceof MappingNode mapping) {
			return mapping;
		}
		throw error("expected a mapping of fields");
	}

}
