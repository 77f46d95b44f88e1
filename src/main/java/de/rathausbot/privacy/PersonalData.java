package de.rathausbot.privacy;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in a citizen's message and replaces it with placeholders before
 * anything is stored: e-mail addresses, IBANs, German tax identification and tax numbers,
 * phone numbers, dates of birth (a date next to "geboren", "Geburtsdatum", "born") and
 * street addresses with a house number. The bot still answers from the text as sent; only
 * what is kept is redacted. Amounts ("37,00 €"), dates of events ("am 14.06.2021"), years
 * and times are left alone.
 */
public final class PersonalData {

	/**
	 * @param minDigits how many digits a match needs at least (a phone number has more
	 * than a room or house number)
	 */
	private record Rule(String placeholder, Pattern pattern, int minDigits) {

		Rule(String placeholder, Pattern pattern) {
			this(placeholder, pattern, 0);
		}

		boolean accepts(String match) {
			return this.minDigits == 0 || match.chars().filter(Character::isDigit).count() >= this.minDigits;
		}

	}

	private static final String DATE = "\\d{1,2}\\.\\s?(?:\\d{1,2}\\.|[A-Za-zÄÖÜäöü]+\\s)\\s?(?:19|20)?\\d{2}";

	private static final String STREET_SUFFIX = "(?:straße|strasse|str\\.|weg|gasse|platz|allee|ring|damm|ufer|steige?|pfad|chaussee)";

	/** "Stuttgarter Straße 12": the street word on its own. */
	private static final String STREET = "(?:Straße|Strasse|Str\\.|Weg|Gasse|Platz|Allee|Ring|Damm|Ufer|Steige?|Pfad|Chaussee)";

	/** In this order: an IBAN or a tax number must not be taken for a phone number. */
	private static final List<Rule> RULES = List.of(
			new Rule("[E-MAIL]", Pattern.compile("[\\p{L}\\d._%+-]+@[\\p{L}\\d-]+(?:\\.[\\p{L}\\d-]+)*\\.\\p{L}{2,}")),
			new Rule("[IBAN]",
					Pattern.compile("\\b[A-Z]{2}\\d{2}(?:[ ]?[A-Z\\d]{4}){3,7}(?:[ ]?[A-Z\\d]{1,3})?\\b",
							Pattern.CASE_INSENSITIVE)),
			// the tax identification number: 11 digits, never starting with 0
			new Rule("[STEUER-ID]", Pattern.compile("(?<![\\d,.])[1-9]\\d(?:[ ]?\\d{3}){3}(?!\\d|,\\d)")),
			// a tax number ("Steuernummer"): 2–3 / 3–4 / 4–5 digits
			new Rule("[STEUERNUMMER]", Pattern.compile("(?<![\\d/])\\d{2,3}/\\d{3,4}/\\d{4,5}(?![\\d/])")),
			new Rule("[TELEFON]", Pattern.compile(
					"(?<![\\w,.])(?:(?:\\+|00)\\d{2,3}[ /-]?(?:\\(0\\)[ ]?)?\\d{2,5}|\\(?0\\d{2,5}\\)?)(?:[ /-]?\\d++){1,4}+(?!\\d|,\\d)"),
					6),
			new Rule("[GEBURTSDATUM]", Pattern
				.compile("(?:geboren(?:\\s+am)?|geb\\.|geburtsdatum:?|geburtstag(?:\\s+ist)?(?:\\s+am)?|born(?:\\s+on)?"
						+ "|date of birth:?)\\s*" + DATE, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)),
			new Rule("[GEBURTSDATUM]",
					Pattern.compile(DATE + "(?=\\s+(?:\\p{L}+\\s+){0,2}geboren)",
							Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)),
			new Rule("[ADRESSE]",
					Pattern.compile("\\b\\p{L}[\\p{L}-]*" + STREET_SUFFIX + "\\s*\\d{1,4}(?:\\s?[a-h]\\b)?(?!\\d)"
							+ "|\\b\\p{Lu}[\\p{L}-]+\\s" + STREET + "\\s*\\d{1,4}(?:\\s?[a-h]\\b)?(?!\\d)")));

	private PersonalData() {
	}

	/** The text with personal data replaced by placeholders such as {@code [E-MAIL]}. */
	public static String redact(String text) {
		if (text == null || text.isEmpty()) {
			return text;
		}
		String result = text;
		for (Rule rule : RULES) {
			Matcher matcher = rule.pattern().matcher(result);
			result = matcher
				.replaceAll(m -> Matcher.quoteReplacement(rule.accepts(m.group()) ? rule.placeholder() : m.group()));
		}
		return result;
	}

}
