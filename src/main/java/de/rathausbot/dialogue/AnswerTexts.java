package de.rathausbot.dialogue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;

/**
 * The bot's own words in one language, from message bundles:
 * {@code messages/answers.properties} (German, the base) and
 * {@code answers_<language>.properties} next to it, in the jar or in the folder
 * {@code rathausbot.languages.folder} (a city adds a language by adding a file there). A
 * text missing in a language is said in German.
 */
public final class AnswerTexts {

	private static final ReloadableResourceBundleMessageSource BUNDLES = bundles(null);

	private static volatile ReloadableResourceBundleMessageSource bundles = BUNDLES;

	private static final Map<String, AnswerTexts> BY_LANGUAGE = new ConcurrentHashMap<>();

	/** The languages besides German whose texts come with the bot. */
	public static final java.util.List<String> SHIPPED = java.util.List.of("en", "tr", "uk", "ar");

	/** German, the language every text exists in. */
	public static final AnswerTexts GERMAN = in("de");

	private final String language;

	private final Locale locale;

	private AnswerTexts(String language) {
		this.language = language;
		this.locale = latinDigits(language);
	}

	/** Digits as in the opening hours and dates around them (Arabic: 3, not ٣). */
	private static Locale latinDigits(String language) {
		try {
			return new Locale.Builder().setLanguageTag(language).setUnicodeLocaleKeyword("nu", "latn").build();
		}
		catch (java.util.IllformedLocaleException ex) {
			return Locale.forLanguageTag(language);
		}
	}

	/** The texts of a language ({@code de}, {@code en}, …; null or blank: German). */
	public static AnswerTexts in(String language) {
		String code = language == null || language.isBlank() ? "de" : language.toLowerCase(Locale.ROOT);
		return BY_LANGUAGE.computeIfAbsent(code, AnswerTexts::new);
	}

	/**
	 * Reads bundles from this folder too (a city's own languages and wordings), before
	 * those in the jar.
	 */
	public static void addFolder(String folder) {
		bundles = folder == null || folder.isBlank() ? BUNDLES : bundles(folder);
	}

	private static ReloadableResourceBundleMessageSource bundles(String folder) {
		ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
		if (folder != null) {
			source.addBasenames("file:" + (folder.endsWith("/") ? folder : folder + "/") + "answers");
		}
		source.addBasenames("classpath:messages/answers");
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		// texts with and without arguments are written the same way ('' for a quote)
		source.setAlwaysUseMessageFormat(true);
		return source;
	}

	public String language() {
		return this.language;
	}

	/** German, plain or in Leichte Sprache. */
	public boolean german() {
		return this.language.equals("de") || this.language.startsWith("de-");
	}

	/** The text with this key, its {@code {0}}… filled in. */
	public String get(String key, Object... arguments) {
		try {
			return bundles.getMessage(key, arguments, this.locale);
		}
		catch (NoSuchMessageException ex) {
			throw new IllegalStateException("no answer text '" + key + "' in messages/answers.properties", ex);
		}
	}

	/** "Montag", "Monday". */
	public String weekday(DayOfWeek day) {
		return day.getDisplayName(TextStyle.FULL, this.locale);
	}

	/** "30.11.2026", "30 Nov 2026". */
	public String date(LocalDate date) {
		return DateTimeFormatter.ofPattern(get("format.date"), this.locale).format(date);
	}

	/** "Montag, 30.11.2026". */
	public String weekdayAndDate(LocalDate date) {
		return weekday(date.getDayOfWeek()) + ", " + date(date);
	}

	/** A time of day: "9 Uhr", "9:30 Uhr"; "9 am", "12:30 pm". */
	public String clock(int minutes) {
		return twelveHours() ? twelveHour(minutes) + " " + (minutes / 60 % 24 < 12 ? "am" : "pm")
				: get("format.clock", spoken(minutes));
	}

	/** A span: "8–12 Uhr"; "8 am–12 pm". */
	public String span(int start, int end) {
		return twelveHours() ? clock(start) + "–" + clock(end) : get("format.span", spoken(start), spoken(end));
	}

	/** The hour and minute without a unit: "12", "9:30". */
	public String spoken(int minutes) {
		int h = minutes / 60;
		int m = minutes % 60;
		return m == 0 ? Integer.toString(h) : h + ":" + (m < 10 ? "0" : "") + m;
	}

	private boolean twelveHours() {
		return "12".equals(get("format.hours"));
	}

	private static String twelveHour(int minutes) {
		int h = minutes / 60 % 24;
		int m = minutes % 60;
		int shown = h % 12 == 0 ? 12 : h % 12;
		return m == 0 ? Integer.toString(shown) : shown + ":" + (m < 10 ? "0" : "") + m;
	}

	/** An amount of a fee: "70,00 €", "€70.00". */
	public String money(de.rathausbot.knowledge.Fee fee) {
		if (german()) {
			return fee.formattedAmount();
		}
		java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(this.locale);
		format.setCurrency(java.util.Currency.getInstance("EUR"));
		return format.format(fee.amount());
	}

	/** The words joined: "a, b und c"; "a, b and c". */
	public String list(java.util.List<String> words) {
		if (words.size() <= 1) {
			return String.join("", words);
		}
		return String.join(", ", words.subList(0, words.size() - 1)) + " " + get("word.and") + " "
				+ words.get(words.size() - 1);
	}

}
