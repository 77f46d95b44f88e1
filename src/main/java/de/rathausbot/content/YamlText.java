package de.rathausbot.content;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.Constructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * YAML as staff read it (block style, umlauts as they are), loaded as text: every scalar
 * stays the string it was written as ("2021-05-11T12:00" is not turned into a UTC date,
 * "no" not into false), only empty values are null.
 */
public final class YamlText {

	private YamlText() {
	}

	private static Yaml yaml() {
		DumperOptions dumper = new DumperOptions();
		dumper.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		dumper.setAllowUnicode(true);
		dumper.setWidth(120);
		dumper.setIndicatorIndent(2);
		dumper.setIndentWithIndicator(true);
		LoaderOptions loader = new LoaderOptions();
		return new Yaml(new Constructor(loader), new Representer(dumper), dumper, loader, new TextResolver());
	}

	public static String dump(Object data) {
		return yaml().dump(data);
	}

	/** Maps, lists and strings of a YAML text. */
	public static Object load(String text) {
		return yaml().load(text);
	}

	private static final class TextResolver extends Resolver {

		@Override
		protected void addImplicitResolvers() {
			addImplicitResolver(Tag.NULL, NULL, "~nN\0");
			addImplicitResolver(Tag.NULL, EMPTY, null);
		}

	}

}
