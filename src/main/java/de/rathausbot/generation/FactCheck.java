package de.rathausbot.generation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a model's answer against the passages it was given, by code, before a citizen
 * sees it: every sentence cites a passage that exists ({@code [1]}), and every number,
 * amount, date, time, phone number, e-mail address and link in a sentence occurs in the
 * passages that sentence cites. Numbers compare by value as written digits ("8:30", "8.30
 * Uhr" and "08:30" are the same; "70 €" is "70,00 €"); a number the passages spell in
 * words, or write otherwise, makes the answer fail: the check errs on the side of quoting
 * the page.
 */
final class FactCheck {

	/** What the check found. */
	record Verdict(Kind kind, String reason, Set<Integer> cited) {

		enum Kind {

			/** Every sentence cites, every fact is in its passages. */
			ACCEPTED,
			/** Something is not backed by the passages: {@link #reason} says what. */
			REJECTED,
			/** The model said the passages do not answer the question. */
			REFUSED

		}

		static Verdict rejected(String reason) {
			return new Verdict(Kind.REJECTED, reason, Set.of());
		}

	}

	private static final Pattern CITATION = Pattern.compile("\\[(\\d+(?:\\s*,\\s*\\d+)*)\\]");

	private static final Pattern URL = Pattern.compile("https?://[^\\s)\\]>\"]+");

	private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

	/** A phone number: a leading 0 or +, then digits with spaces, slashes, dashes. */
	private static final Pattern PHONE = Pattern
		.compile("(?<![\\d.,:])(?:\\+\\d{2,3}[\\s/-]?(?:\\(0\\))?\\s?|0)\\d{2,5}(?:[\\s/-]?\\d){3,}(?!\\d|[.,:]\\d)");

	private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,:]\\d+)*");

	/** Where a sentence ends: after . ! ? and space, before what may start one. */
	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[\\p{Lu}\\d\\[*„\"])");

	/** Words whose period does not end a sentence. */
	private static final Set<String> ABBREVIATIONS = Set.of("z", "b", "d", "h", "u", "a", "o", "ca", "nr", "bzw", "usw",
			"ggf", "inkl", "evtl", "str", "tel", "vgl", "abs", "bspw", "ff", "mo", "di", "mi", "do", "fr", "sa", "so",
			"jan", "feb", "mär", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez", "st", "dr");

	private static final List<String> REFUSALS = List.of("keine antwort", "kann ich nicht beantworten",
			"kann ich leider nicht beantworten", "enthalten keine information", "enthalten die textstellen keine",
			"geht aus den textstellen nicht hervor", "cannot answer", "do not contain", "does not contain");

	Verdict check(String answer, List<SourcePassage> passages) {
		String text = answer == null ? "" : answer.strip();
		if (text.isEmpty()) {
			return Verdict.rejected("die Antwort ist leer");
		}
		String folded = text.toLowerCase(Locale.ROOT);
		if (folded.contains(GroundedPrompt.NO_ANSWER.toLowerCase(Locale.ROOT))
				|| REFUSALS.stream().anyMatch(folded::contains)) {
			return new Verdict(Verdict.Kind.REFUSED, "das Modell fand keine Antwort in den Textstellen", Set.of());
		}
		Set<Integer> cited = new HashSet<>();
		for (String sentence : sentences(text)) {
			Set<Integer> sources = citations(sentence);
			if (sources.isEmpty()) {
				return Verdict.rejected("Satz ohne Quellenangabe: „" + shortened(sentence) + "“");
			}
			for (int source : sources) {
				if (source < 1 || source > passages.size()) {
					return Verdict.rejected("Quelle [" + source + "] gibt es nicht");
				}
			}
			cited.addAll(sources);
			String unbacked = unbackedFact(CITATION.matcher(sentence).replaceAll(" "),
					sources.stream().map(s -> passages.get(s - 1)).toList());
			if (unbacked != null) {
				return Verdict.rejected(unbacked + " steht nicht in den Quellen "
						+ sources.stream().sorted().map(s -> "[" + s + "]").reduce((a, b) -> a + b).orElse(""));
			}
		}
		return new Verdict(Verdict.Kind.ACCEPTED, "", Set.copyOf(cited));
	}

	/**
	 * The answer's sentences: lines, split after . ! ? unless the period ends an
	 * abbreviation or an ordinal number ("z. B.", "am 24. Dezember"); a fragment that is
	 * only citations ("[1].") belongs to the sentence before it.
	 */
	static List<String> sentences(String text) {
		List<String> sentences = new ArrayList<>();
		for (String line : text.split("\\R")) {
			String rest = line.strip().replaceFirst("^([-*•]|\\d+[.)])\\s+", "");
			if (rest.isEmpty()) {
				continue;
			}
			int start = 0;
			Matcher end = SENTENCE_END.matcher(rest);
			while (end.find()) {
				String before = rest.substring(start, end.start());
				if (!endsAbbreviationOrOrdinal(before)) {
					add(sentences, before);
					start = end.end();
				}
			}
			add(sentences, rest.substring(start));
		}
		return sentences;
	}

	private static void add(List<String> sentences, String sentence) {
		String s = sentence.strip();
		if (s.isEmpty()) {
			return;
		}
		boolean onlyCitations = CITATION.matcher(s).replaceAll("").replaceAll("[\\s.!?,;:]", "").isEmpty();
		if (onlyCitations && !sentences.isEmpty()) {
			sentences.set(sentences.size() - 1, sentences.get(sentences.size() - 1) + " " + s);
		}
		else {
			sentences.add(s);
		}
	}

	private static boolean endsAbbreviationOrOrdinal(String text) {
		if (!text.endsWith(".")) {
			return false;
		}
		String[] words = text.substring(0, text.length() - 1).split("[\\s(]+");
		String last = words[words.length - 1].toLowerCase(Locale.ROOT);
		return last.length() <= 1 || ABBREVIATIONS.contains(last) || last.chars().allMatch(Character::isDigit);
	}

	private static Set<Integer> citations(String sentence) {
		Set<Integer> sources = new HashSet<>();
		Matcher m = CITATION.matcher(sentence);
		while (m.find()) {
			for (String n : m.group(1).split("\\s*,\\s*")) {
				sources.add(Integer.parseInt(n));
			}
		}
		return sources;
	}

	/** The first fact of a sentence its passages do not have, or null. */
	private static String unbackedFact(String sentence, List<SourcePassage> sources) {
		StringBuilder all = new StringBuilder();
		for (SourcePassage source : sources) {
			all.append(source.title()).append('\n').append(source.text()).append('\n');
			if (source.url() != null) {
				all.append(source.url()).append('\n');
			}
		}
		String backing = all.toString();
		String backingFolded = backing.toLowerCase(Locale.ROOT);
		String rest = sentence;
		Matcher url = URL.matcher(rest);
		while (url.find()) {
			String link = url.group().replaceAll("[.,;:!?]+$", "");
			if (!backing.contains(link)) {
				return "der Link " + link;
			}
		}
		rest = URL.matcher(rest).replaceAll(" ");
		Matcher email = EMAIL.matcher(rest);
		while (email.find()) {
			if (!backingFolded.contains(email.group().toLowerCase(Locale.ROOT))) {
				return "die E-Mail-Adresse " + email.group();
			}
		}
		rest = EMAIL.matcher(rest).replaceAll(" ");
		Set<String> phones = new HashSet<>();
		Matcher known = PHONE.matcher(URL.matcher(backing).replaceAll(" "));
		while (known.find()) {
			phones.add(digits(known.group()));
		}
		Matcher phone = PHONE.matcher(rest);
		while (phone.find()) {
			String asked = digits(phone.group());
			if (phones.stream().noneMatch(p -> p.equals(asked) || p.endsWith(asked) || asked.endsWith(p))) {
				return "die Telefonnummer " + phone.group().strip();
			}
		}
		rest = PHONE.matcher(rest).replaceAll(" ");
		Set<String> numbers = new HashSet<>();
		Matcher n = NUMBER.matcher(backing);
		while (n.find()) {
			numbers.add(number(n.group()));
		}
		Matcher number = NUMBER.matcher(rest);
		while (number.find()) {
			if (!numbers.contains(number(number.group()))) {
				return "die Zahl " + number.group();
			}
		}
		return null;
	}

	private static String digits(String phone) {
		String digits = phone.replaceAll("\\(0\\)", "").replaceAll("\\D", "");
		// +49 7141 … is 07141 …
		return digits.startsWith("49") && phone.strip().startsWith("+") ? "0" + digits.substring(2) : digits;
	}

	/**
	 * A number as its groups of digits without leading zeros, trailing zero groups left
	 * out: "08:30" and "8.30" → "8.30", "70,00" → "70", "24.12." → "24.12".
	 */
	static String number(String written) {
		List<String> groups = new ArrayList<>();
		for (String group : written.split("[.,:]")) {
			if (!group.isEmpty()) {
				groups.add(group.replaceFirst("^0+(?=\\d)", ""));
			}
		}
		while (groups.size() > 1 && groups.get(groups.size() - 1).matches("0+")) {
			groups.remove(groups.size() - 1);
		}
		return String.join(".", groups);
	}

	private static String shortened(String sentence) {
		return sentence.length() <= 80 ? sentence : sentence.substring(0, 79) + "…";
	}

}
