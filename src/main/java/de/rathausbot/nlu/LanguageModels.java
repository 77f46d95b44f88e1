package de.rathausbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The OpenNLP German models (tokens, POS, lemmas) and the language detector, loaded once
 * from the model jars on the classpath. The models are shared; the OpenNLP tools that use
 * them are not thread-safe, so each thread gets its own.
 */
@Component
class LanguageModels {

	private static final String TOKENS = "opennlp-de-ud-gsd-tokens-1.3-2.5.4.bin";

	private static final String POS = "opennlp-de-ud-gsd-pos-1.3-2.5.4.bin";

	private static final String LEMMAS = "opennlp-de-ud-gsd-lemmas-1.3-2.5.4.bin";

	private static final String LANGUAGES = "langdetect-183.bin";

	private static final Logger log = LoggerFactory.getLogger(LanguageModels.class);

	private final boolean lemmatize;

	/**
	 * Lemmas by word and tag, as the lemmatizer gave them in the first sentence they
	 * occurred in. Its beam search over hundreds of edit classes is the most expensive
	 * step of the analysis, and the words of a city's questions repeat: a sentence of
	 * known words is not lemmatized again. Enough for the vocabulary of a city and its
	 * citizens; cleared when full.
	 */
	private static final int MAX_REMEMBERED_LEMMAS = 200_000;

	private final Map<String, String> lemmas = new ConcurrentHashMap<>();

	/**
	 * Texts already tokenized and tagged: retraining after an editor's change reads only
	 * the texts that changed. Cleared when full.
	 */
	private static final int MAX_REMEMBERED_TEXTS = 20_000;

	private final Map<String, Read> texts = new ConcurrentHashMap<>();

	/** Texts already tokenized and tagged, without lemmas. */
	private final Map<String, Read> tagged = new ConcurrentHashMap<>();

	private final ThreadLocal<SnowballStemmer> stemmer;

	/**
	 * The models are read-only and take seconds to load: loaded once per process (with or
	 * without lemmas), shared by every application context in it.
	 */
	private static final Map<Boolean, CompletableFuture<Models>> LOADED = new ConcurrentHashMap<>();

	/**
	 * Loading takes seconds; it runs beside the rest of the start-up, and the first use
	 * waits for it.
	 */
	private final CompletableFuture<Models> models;

	LanguageModels(NluProperties properties) {
		boolean german = "de".equals(properties.language());
		// the POS and lemma models are German; content in another language is only
		// stemmed
		this.lemmatize = properties.lemmatize() && german;
		SnowballStemmer.ALGORITHM algorithm = german ? SnowballStemmer.ALGORITHM.GERMAN
				: SnowballStemmer.ALGORITHM.ENGLISH;
		this.stemmer = ThreadLocal.withInitial(() -> new SnowballStemmer(algorithm));
		this.models = LOADED.computeIfAbsent(this.lemmatize,
				lemmas -> Background.supply("nlu-models", () -> loadModels(lemmas)));
	}

	private static Models loadModels(boolean lemmatize) {
		long start = System.nanoTime();
		CompletableFuture<LanguageDetectorModel> languages = Background.supply("nlu-langdetect",
				() -> load(LANGUAGES, LanguageDetectorModel::new));
		TokenizerModel tokenModel = load(TOKENS, TokenizerModel::new);
		POSModel posModel = lemmatize ? load(POS, POSModel::new) : null;
		LemmatizerModel lemmaModel = lemmatize ? load(LEMMAS, LemmatizerModel::new) : null;
		Models models = new Models(ThreadLocal.withInitial(() -> new TokenizerME(tokenModel)),
				lemmatize ? ThreadLocal.withInitial(() -> new POSTaggerME(posModel)) : null,
				lemmatize ? ThreadLocal.withInitial(() -> new LemmatizerME(lemmaModel)) : null, languages.join());
		log.info("OpenNLP models loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
		return models;
	}

	private Models models() {
		return this.models.join();
	}

	String[] tokenize(String text) {
		return models().tokenizer().get().tokenize(text);
	}

	/**
	 * Lemmas and universal POS tags for the tokens; where the lemmatizer knows no lemma,
	 * the token itself. Without lemmatization every tag is "X".
	 */
	Tagged tag(String[] tokens) {
		if (!this.lemmatize || tokens.length == 0) {
			String[] unknown = new String[tokens.length];
			Arrays.fill(unknown, "X");
			return new Tagged(Arrays.asList(tokens), Arrays.asList(unknown));
		}
		String[] tags = models().tagger().get().tag(tokens);
		String[] result = new String[tokens.length];
		boolean allKnown = true;
		for (int i = 0; i < tokens.length && allKnown; i++) {
			result[i] = this.lemmas.get(tokens[i] + '\t' + tags[i]);
			allKnown = result[i] != null;
		}
		if (!allKnown) {
			String[] lemmas = models().lemmatizer().get().lemmatize(tokens, tags);
			if (this.lemmas.size() >= MAX_REMEMBERED_LEMMAS) {
				this.lemmas.clear();
			}
			for (int i = 0; i < tokens.length; i++) {
				String lemma = lemmas[i];
				boolean usable = lemma != null && !lemma.isBlank() && !"O".equals(lemma) && !"_".equals(lemma);
				result[i] = usable ? lemma : tokens[i];
				this.lemmas.putIfAbsent(tokens[i] + '\t' + tags[i], result[i]);
			}
		}
		return new Tagged(Arrays.asList(result), Arrays.asList(tags));
	}

	/** The tokens of a text with their lemmas and tags, remembered for the next time. */
	Read read(String text) {
		return read(text, true);
	}

	/**
	 * The tokens of a text with their tags, without the OpenNLP lemmatizer (each token is
	 * its own lemma): for callers that take lemmas from a dictionary.
	 */
	Read readWithoutLemmas(String text) {
		return read(text, false);
	}

	private Read read(String text, boolean lemmas) {
		Map<String, Read> cache = lemmas ? this.texts : this.tagged;
		Read known = cache.get(text);
		if (known != null) {
			return known;
		}
		String[] tokens = tokenize(text);
		Read read = new Read(List.of(tokens), lemmas ? tag(tokens) : tagOnly(tokens));
		if (cache.size() >= MAX_REMEMBERED_TEXTS) {
			cache.clear();
		}
		cache.put(text, read);
		return read;
	}

	/** Tags without lemmas: every token is its own lemma. */
	private Tagged tagOnly(String[] tokens) {
		if (!this.lemmatize || tokens.length == 0) {
			return tag(tokens);
		}
		return new Tagged(Arrays.asList(tokens), Arrays.asList(models().tagger().get().tag(tokens)));
	}

	/** A text's tokens, and their lemmas and tags. */
	record Read(List<String> tokens, Tagged tagged) {
	}

	/** Lemmas and POS tags, index-aligned with the tokens. */
	record Tagged(List<String> lemmas, List<String> tags) {
	}

	String stem(String foldedWord) {
		CharSequence stem = this.stemmer.get().stem(foldedWord);
		return stem.toString();
	}

	LanguageDetectorModel languageModel() {
		return models().languages();
	}

	private record Models(ThreadLocal<TokenizerME> tokenizer, ThreadLocal<POSTaggerME> tagger,
			ThreadLocal<LemmatizerME> lemmatizer, LanguageDetectorModel languages) {
	}

	private static <M> M load(String resource, ModelLoader<M> loader) {
		try (InputStream in = LanguageModels.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
			}
			return loader.load(in);
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot load OpenNLP model " + resource, ex);
		}
	}

	@FunctionalInterface
	private interface ModelLoader<M> {

		M load(InputStream in) throws IOException;

	}

}
