package de.rathausbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import de.rathausbot.content.YamlNode;

/**
 * Reads an item's {@code translations:} — per language (ISO 639-1, like {@code en},
 * {@code tr}) the fields staff translated — into a copy of the item with those fields in
 * place of the German ones. Fields left out stay German and are noted as missing: the
 * copy is complete when every German text that answers show is translated.
 */
final class TranslatedFields {

	private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

	private static final Set<String> SERVICE_FIELDS = Set.of("name", "synonyms", "summary", "fees", "feeNote",
			"documents", "steps", "processingTime", "deadline", "validity", "online", "details");

	private static final Set<String> CONTACT_FIELDS = Set.of("name", "synonyms", "role", "organisation", "description");

	private static final Set<String> EVENT_FIELDS = Set.of("title", "synonyms", "location", "description");

	private static final Set<String> FAQ_FIELDS = Set.of("question", "phrasings", "answer");

	private TranslatedFields() {
	}

	static void service(YamlNode node, Service german, ItemTranslations.Collector into) {
		each(node, SERVICE_FIELDS, (language, t) -> {
			List<String> conditions = t.texts("fees");
			if (t.get("fees").isPresent() && conditions.size() != german.fees().size()) {
				throw t.require("fees")
					.error("translation '" + language + "' gives " + conditions.size()
							+ " fee condition(s), the service has " + german.fees().size()
							+ " fee(s): one condition per fee, in the same order");
			}
			List<Fee> fees = new ArrayList<>();
			for (int i = 0; i < german.fees().size(); i++) {
				Fee fee = german.fees().get(i);
				fees.add(conditions.isEmpty() ? fee : new Fee(fee.amount(), conditions.get(i)));
			}
			Service copy = new Service(german.id(), text(t, "name", german.name()),
					texts(t, "synonyms", german.synonyms()), text(t, "summary", german.summary()), fees,
					optional(t, "feeNote", german.feeNote()), texts(t, "documents", german.documents()),
					texts(t, "steps", german.steps()), optional(t, "processingTime", german.processingTime()),
					optional(t, "deadline", german.deadline()), optional(t, "validity", german.validity()),
					optional(t, "online", german.onlineUrl()), german.contactId(), german.leikaKey(),
					optional(t, "details", german.details()));
			List<String> missing = new ArrayList<>();
			need(missing, t, "name", true);
			need(missing, t, "summary", true);
			need(missing, t, "fees", german.fees().stream().anyMatch(f -> !f.condition().isBlank()));
			need(missing, t, "feeNote", german.feeNote().isPresent());
			need(missing, t, "documents", !german.documents().isEmpty());
			need(missing, t, "steps", !german.steps().isEmpty());
			need(missing, t, "processingTime", german.processingTime().isPresent());
			need(missing, t, "deadline", german.deadline().isPresent());
			need(missing, t, "validity", german.validity().isPresent());
			need(missing, t, "details", german.details().isPresent());
			into.add(copy, language, missing);
		});
	}

	static void contact(YamlNode node, Contact german, ItemTranslations.Collector into) {
		each(node, CONTACT_FIELDS, (language, t) -> {
			Contact copy = new Contact(german.id(), text(t, "name", german.name()),
					texts(t, "synonyms", german.synonyms()), optional(t, "role", german.role()),
					optional(t, "organisation", german.organisation()),
					optional(t, "description", german.description()), german.address(), german.phone(), german.fax(),
					german.email(), german.website(), german.openingHours());
			List<String> missing = new ArrayList<>();
			need(missing, t, "role", german.role().isPresent());
			need(missing, t, "description", german.description().isPresent());
			into.add(copy, language, missing);
		});
	}

	static void event(YamlNode node, Event german, ItemTranslations.Collector into) {
		each(node, EVENT_FIELDS, (language, t) -> {
			Event copy = new Event(german.id(), text(t, "title", german.title()), german.start(), german.end(),
					german.allDay(), optional(t, "location", german.location()),
					optional(t, "description", german.description()), german.organiser(), german.url(),
					texts(t, "synonyms", german.synonyms()), german.recurrence());
			List<String> missing = new ArrayList<>();
			need(missing, t, "description", german.description().isPresent());
			into.add(copy, language, missing);
		});
	}

	static void faq(YamlNode node, Faq german, ItemTranslations.Collector into) {
		each(node, FAQ_FIELDS, (language, t) -> {
			Faq copy = new Faq(german.id(), text(t, "question", german.question()),
					texts(t, "phrasings", german.phrasings()), text(t, "answer", german.answer()), german.url());
			List<String> missing = new ArrayList<>();
			need(missing, t, "answer", true);
			into.add(copy, language, missing);
		});
	}

	/** Each language of the node's {@code translations:}, its fields checked. */
	private static void each(YamlNode node, Set<String> fields, BiConsumer<String, YamlNode> read) {
		Optional<YamlNode> translations = node.get("translations");
		if (translations.isEmpty()) {
			return;
		}
		for (String language : translations.get().keys()) {
			YamlNode fieldsOf = translations.get().require(language);
			if (!LANGUAGE.matcher(language).matches() || language.equals("de")) {
				throw fieldsOf.error("translation language '" + language
						+ "' must be a two-letter language code other than de, like en or tr"
						+ " (Leichte Sprache: the field leichteSprache)");
			}
			fieldsOf.checkKeys(fields);
			read.accept(language, fieldsOf);
		}
	}

	private static String text(YamlNode fields, String key, String german) {
		return fields.optionalText(key).orElse(german);
	}

	private static Optional<String> optional(YamlNode fields, String key, Optional<String> german) {
		return fields.optionalText(key).or(() -> german);
	}

	private static List<String> texts(YamlNode fields, String key, List<String> german) {
		return fields.get(key).isPresent() ? fields.texts(key) : german;
	}

	/** Notes a field whose German text answers show but the translation leaves out. */
	private static void need(List<String> missing, YamlNode fields, String key, boolean germanHasIt) {
		if (germanHasIt && fields.get(key).filter(f -> !f.isScalar() || !f.text().isBlank()).isEmpty()) {
			missing.add(key);
		}
	}

}
