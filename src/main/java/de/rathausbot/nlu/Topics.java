package de.rathausbot.nlu;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Groups messages by their wording: "Wo kann ich mein Fahrrad registrieren?" and "fahrrad
 * registrieren wo" have the same topic. Folded, without stop words, stemmed, order
 * ignored; independent of the trained model, so a topic stays the same across
 * retrainings.
 */
public final class Topics {

	private static final ThreadLocal<SnowballStemmer> STEMMER = ThreadLocal
		.withInitial(() -> new SnowballStemmer(SnowballStemmer.ALGORITHM.GERMAN));

	/** The topics of recent messages: the same questions come again and again. */
	private static final Cache<String, String> RECENT = Caffeine.newBuilder().maximumSize(10_000).build();

	private Topics() {
	}

	/** The words that make a message's topic, sorted. */
	public static List<String> words(String text) {
		List<String> words = GermanFolding.words(text);
		TreeSet<String> stems = new TreeSet<>();
		for (String word : words) {
			if (!StopWords.contains(word)) {
				stems.add(STEMMER.get().stem(word).toString());
			}
		}
		if (stems.isEmpty()) {
			// function words only ("Was kannst du?"): those words are the topic
			words.forEach(w -> stems.add(STEMMER.get().stem(w).toString()));
		}
		return List.copyOf(stems);
	}

	/** A short id of the topic: 16 hex digits. */
	public static String of(String text) {
		return RECENT.get(text, Topics::hashOfWords);
	}

	private static String hashOfWords(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(String.join(" ", words(text)).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
