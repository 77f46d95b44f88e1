package de.rathausbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import de.rathausbot.content.ContentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The German lexical resources beyond the OpenNLP models, loaded once in the background:
 * the morphological dictionary (lemmas and word classes), the compound lexicon, the
 * thesaurus and the shipped list of everyday and administrative words. A resource that is
 * switched off ({@code none}) or missing leaves the matcher without it, with a warning;
 * the bot still starts.
 */
@Component
class GermanLexicon {

	private static final Logger log = LoggerFactory.getLogger(GermanLexicon.class);

	/** Everything loaded; absent parts are null (dictionary, splitter) or empty. */
	record Resources(GermanDictionary dictionary, CompoundSplitter compounds, Thesaurus thesaurus,
			Map<String, List<String>> everyday) {
	}

	/** No lexicon: OpenNLP lemmas and Snowball stems only. */
	static final Resources NONE = new Resources(null, null, Thesaurus.EMPTY, Map.of());

	private final CompletableFuture<Resources> resources;

	/**
	 * Dictionary, compound splitter, thesaurus and everyday words are read-only and take
	 * seconds to load: loaded once per process for their locations.
	 */
	private static final Map<List<String>, CompletableFuture<Resources>> LOADED = new ConcurrentHashMap<>();

	GermanLexicon(NluProperties properties, ResourceLoader loader) {
		boolean german = "de".equals(properties.language());
		NluProperties.Lexicon settings = properties.lexicon();
		this.resources = german
				? LOADED.computeIfAbsent(List.of(settings.thesaurus(), settings.everydayWords()),
						locations -> Background.supply("nlu-lexicon", () -> load(settings, loader)))
				: CompletableFuture.completedFuture(NONE);
	}

	private static Resources load(NluProperties.Lexicon settings, ResourceLoader loader) {
		long start = System.nanoTime();
		GermanDictionary dictionary = GermanDictionary.load();
		if (dictionary == null) {
			log.warn("The German dictionary (german-pos-dict) is not on the classpath; words are not lemmatized by it");
		}
		CompoundSplitter compounds = CompoundSplitter.load();
		Thesaurus thesaurus = thesaurus(settings.thesaurus(), loader);
		Map<String, List<String>> everyday = everyday(settings.everydayWords(), loader);
		log.info("German lexicon loaded in {} ms: dictionary {}, thesaurus {} sets, {} everyday words",
				(System.nanoTime() - start) / 1_000_000, dictionary != null ? "on" : "off", thesaurus.size(),
				everyday.size());
		return new Resources(dictionary, compounds, thesaurus, everyday);
	}

	private static Thesaurus thesaurus(String location, ResourceLoader loader) {
		if ("none".equals(location)) {
			return Thesaurus.EMPTY;
		}
		Resource resource = loader.getResource(location);
		if (!resource.exists()) {
			log.warn("No thesaurus at {} (rathausbot.nlu.lexicon.thesaurus); matching without synonyms from it",
					location);
			return Thesaurus.EMPTY;
		}
		try (InputStream in = resource.getInputStream()) {
			return Thesaurus.read(in);
		}
		catch (IOException ex) {
			log.warn("Cannot read the thesaurus at {}: {}; matching without it", location, ex.getMessage());
			return Thesaurus.EMPTY;
		}
	}

	private static Map<String, List<String>> everyday(String location, ResourceLoader loader) {
		if ("none".equals(location)) {
			return Map.of();
		}
		Resource resource = loader.getResource(location);
		if (!resource.exists()) {
			log.warn("No list of everyday words at {} (rathausbot.nlu.lexicon.everyday-words); matching without it",
					location);
			return Map.of();
		}
		try (InputStream in = resource.getInputStream()) {
			return EverydayWords.parse(location, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException | ContentException ex) {
			log.warn("Cannot read the everyday words at {}: {}; matching without them", location, ex.getMessage());
			return Map.of();
		}
	}

	/** The resources (the first call waits for them to load). */
	Resources resources() {
		return this.resources.join();
	}

}
