package de.rathausbot.nlu;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import org.springframework.stereotype.Component;

/**
 * The OpenNLP German models (tokens, POS, lemmas) and the language detector, loaded once from the model
 * jars on the classpath. The models are shared; the OpenNLP tools that use them are not thread-safe, so
 * each thread gets its own.
 */
@Component
class LanguageModels {

	private static final String TOKENS = "opennlp-de-ud-gsd-tokens-1.3-2.5.4.bin";

	private static final String POS = "opennlp-de-ud-gsd-pos-1.3-2.5.4.bin";

	private static final String LEMMAS = "opennlp-de-ud-gsd-lemmas-1.3-2.5.4.bin";

	private static final String LANGUAGES = "langdetect-183.bin";

	private final boolean lemmatize;

	private final ThreadLocal<TokenizerME> tokenizer;

	private final ThreadLocal<POSTaggerME> tagger;

	private final ThreadLocal<LemmatizerME> lemmatizer;

	private final ThreadLocal<SnowballStemmer> stemmer = ThreadLocal
		.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.GERMAN));

	private final LanguageDetectorModel languageModel;

	LanguageModels(NluProperties properties) {
		this.lemmatize = properties.lemmatize();
		TokenizerModel tokenModel = load(TOKENS, TokenizerModel::new);
		this.tokenizer = ThreadLocal.withInitial(() -> new TokenizerME(tokenModel));
		if (this.lemmatize) {
			POSModel posModel = load(POS, POSModel::new);
			LemmatizerModel lemmaModel = load(LEMMAS, LemmatizerModel::new);
			this.tagger = ThreadLocal.withInitial(() -> new POSTaggerME(posModel));
			this.lemmatizer = ThreadLocal.withInitial(() -> new LemmatizerME(lemmaModel));
		}
		else {
			this.tagger = null;
			this.lemmatizer = null;
		}
		this.languageModel = load(LANGUAGES, LanguageDetectorModel::new);
	}

	String[] tokenize(String text) {
		return this.tokenizer.get().tokenize(text);
	}

	/**
	 * Lemmas and universal POS tags for the tokens; where the lemmatizer knows no lemma, the token itself.
	 * Without lemmatization every tag is "X".
	 */
	Tagged tag(String[] tokens) {
		if (!this.lemmatize || tokens.length == 0) {
			String[] unknown = new String[tokens.length];
			Arrays.fill(unknown, "X");
			return new Tagged(Arrays.asList(tokens), Arrays.asList(unknown));
		}
		String[] tags = this.tagger.get().tag(tokens);
		String[] lemmas = this.lemmatizer.get().lemmatize(tokens, tags);
		String[] result = new String[tokens.length];
		for (int i = 0; i < tokens.length; i++) {
			String lemma = lemmas[i];
			boolean usable = lemma != null && !lemma.isBlank() && !"O".equals(lemma) && !"_".equals(lemma);
			result[i] = usable ? lemma : tokens[i];
		}
		return new Tagged(Arrays.asList(result), Arrays.asList(tags));
	}

	/** Lemmas and POS tags, index-aligned with the tokens. */
	record Tagged(List<String> lemmas, List<String> tags) {
	}

	String stem(String foldedWord) {
		CharSequence stem = this.stemmer.get().stem(foldedWord);
		return stem.toString();
	}

	LanguageDetectorModel languageModel() {
		return this.languageModel;
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
