package de.rathausbot.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Finds and reads content files below a configured location ({@code file:./intents/},
 * {@code classpath:demo/intents/}), through Spring resources so it also works inside a
 * jar.
 */
public final class ContentFiles {

	private static final ResourcePatternResolver RESOLVER = new PathMatchingResourcePatternResolver();

	private ContentFiles() {
	}

	/**
	 * The files matching a pattern below the location, sorted by name for a stable order.
	 */
	public static List<ContentFile> find(String location, String pattern) {
		String base = location.endsWith("/") ? location : location + "/";
		try {
			if (!folder(pattern).isEmpty() && !RESOLVER.getResource(base + folder(pattern)).exists()) {
				// an optional subfolder ("pages/") the content does not have
				return List.of();
			}
			Resource[] resources = RESOLVER.getResources(base + pattern);
			return Arrays.stream(resources)
				.filter(Resource::isReadable)
				.sorted(Comparator.comparing(r -> String.valueOf(r.getFilename())))
				.map(r -> new ContentFile(displayName(base + folder(pattern), r), read(r)))
				.toList();
		}
		catch (IOException ex) {
			throw new ContentException(base, 0, "cannot list content files: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The last part of a content file's name: "intents/ausweise.yml" → "ausweise.yml".
	 */
	public static String fileName(String path) {
		String name = path.replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1);
	}

	/** The folder part of a pattern: "pages/*.md" → "pages/". */
	private static String folder(String pattern) {
		return pattern.substring(0, pattern.lastIndexOf('/') + 1);
	}

	private static String displayName(String base, Resource resource) {
		String folder = base.replaceFirst("^(file|classpath\\*?):", "");
		return folder + resource.getFilename();
	}

	private static String read(Resource resource) {
		try (InputStream in = resource.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new ContentException(String.valueOf(resource.getFilename()), 0,
					"cannot read file: " + ex.getMessage(), ex);
		}
	}

	/** A content file's display name (for error messages) and its text. */
	public record ContentFile(String name, String text) {
	}

}
