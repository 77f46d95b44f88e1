package de.rathausbot.knowledge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import de.rathausbot.content.ContentId;
import de.rathausbot.content.ContentFiles.ContentFile;
import de.rathausbot.content.YamlNode;

/**
 * Reads {@code services.yml}, {@code contacts.yml} and {@code faq.yml}, validating each
 * field with file and line.
 */
final class KnowledgeFileReader {

	private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");

	private static final Pattern AMOUNT = Pattern.compile("\\d+(,\\d{1,2})?");

	private static final Set<String> SERVICE_KEYS = Set.of("id", "name", "synonyms", "summary", "fees", "feeNote",
			"documents", "steps", "processingTime", "deadline", "validity", "online", "contact", "leika", "details",
			"translations", "leichteSprache");

	private static final Set<String> CONTACT_KEYS = Set.of("id", "name", "synonyms", "role", "organisation",
			"description", "address", "phone", "fax", "email", "website", "openingHours", "closures", "translations");

	private static final Set<String> FAQ_KEYS = Set.of("id", "question", "phrasings", "answer", "url", "translations");

	private static final Pattern URL = Pattern.compile("https?://\\S+");

	private final Map<String, String> seenIds = new HashMap<>();

	private final ItemTranslations.Collector translations;

	/** A reader that checks translations but keeps none (tests, single files). */
	KnowledgeFileReader() {
		this(new ItemTranslations.Collector());
	}

	KnowledgeFileReader(ItemTranslations.Collector translations) {
		this.translations = translations;
	}

	List<Faq> faqs(List<ContentFile> files) {
		List<Faq> faqs = new ArrayList<>();
		for (ContentFile file : files) {
			YamlNode root = YamlNode.parse(file.name(), file.text());
			for (YamlNode node : root.items("faq")) {
				faqs.add(faq(node));
			}
		}
		return faqs;
	}

	private Faq faq(YamlNode node) {
		node.checkKeys(FAQ_KEYS);
		String id = id(node, "faq");
		Optional<String> url = node.optionalText("url");
		url.filter(u -> !URL.matcher(u).matches()).ifPresent(u -> {
			throw node.require("url").error("url '" + u + "' must start with http:// or https://");
		});
		Faq faq = new Faq(id, node.requireText("question"), node.texts("phrasings"), node.requireText("answer"), url);
		TranslatedFields.faq(node, faq, this.translations);
		return faq;
	}

	/**
	 * The inherited items a Kommune does not show: {@code hide: [service:…, contact:…]}
	 * in a {@code hide*.yml} file; each must be one its Landkreis has.
	 */
	Set<String> hidden(List<ContentFile> files, java.util.function.Predicate<String> inherited) {
		Set<String> hidden = new java.util.LinkedHashSet<>();
		for (ContentFile file : files) {
			YamlNode root = YamlNode.parse(file.name(), file.text());
			root.checkKeys(Set.of("hide"));
			for (YamlNode ref : root.items("hide")) {
				String text = ref.text().strip();
				if (!inherited.test(text)) {
					throw ref.error("hides '" + text + "', which is not inherited from the Landkreis (a reference like "
							+ "service:kfz-zulassung)");
				}
				hidden.add(text);
			}
		}
		return hidden;
	}

	List<Contact> contacts(List<ContentFile> files) {
		List<Contact> contacts = new ArrayList<>();
		for (ContentFile file : files) {
			YamlNode root = YamlNode.parse(file.name(), file.text());
			for (YamlNode node : root.items("contacts")) {
				contacts.add(contact(node));
			}
		}
		return contacts;
	}

	List<Service> services(List<ContentFile> files, Set<String> contactIds) {
		List<Service> services = new ArrayList<>();
		for (ContentFile file : files) {
			YamlNode root = YamlNode.parse(file.name(), file.text());
			for (YamlNode node : root.items("services")) {
				Service service = service(node);
				service.contactId().filter(c -> !contactIds.contains(c)).ifPresent(c -> {
					throw node.require("contact")
						.error("service '" + service.id() + "' refers to unknown contact '" + c + "'");
				});
				services.add(service);
			}
		}
		return services;
	}

	private Contact contact(YamlNode node) {
		node.checkKeys(CONTACT_KEYS);
		String id = id(node, "contact");
		Optional<OpeningHours> hours = node.optionalText("openingHours").map(text -> {
			try {
				return OpeningHours.parse(text);
			}
			catch (IllegalArgumentException ex) {
				throw node.require("openingHours").error(ex.getMessage());
			}
		});
		List<Closure> closures = new ArrayList<>();
		for (YamlNode closure : node.items("closures")) {
			closure.checkKeys(Set.of("date", "reason"));
			try {
				closures.add(Closure.parse(closure.requireText("date"), closure.requireText("reason")));
			}
			catch (IllegalArgumentException ex) {
				throw closure.error(ex.getMessage());
			}
		}
		if (!closures.isEmpty() && hours.isEmpty()) {
			throw node.require("closures").error("contact '" + id + "' has closures but no openingHours");
		}
		hours = hours.map(h -> h.withClosures(closures));
		Optional<Address> address = node.get("address").map(KnowledgeFileReader::address);
		Contact contact = new Contact(id, node.requireText("name"), node.texts("synonyms"), node.optionalText("role"),
				node.optionalText("organisation"), node.optionalText("description"), address,
				node.optionalText("phone"), node.optionalText("fax"), node.optionalText("email"),
				node.optionalText("website"), hours);
		TranslatedFields.contact(node, contact, this.translations);
		return contact;
	}

	private static Address address(YamlNode node) {
		node.checkKeys(Set.of("street", "postalCode", "city"));
		String postalCode = node.requireText("postalCode");
		if (!POSTAL_CODE.matcher(postalCode).matches()) {
			throw node.require("postalCode").error("postcode '" + postalCode + "' must have five digits, like 71638");
		}
		return new Address(node.requireText("street"), postalCode, node.requireText("city"));
	}

	private Service service(YamlNode node) {
		node.checkKeys(SERVICE_KEYS);
		String id = id(node, "service");
		List<Fee> fees = new ArrayList<>();
		for (YamlNode fee : node.items("fees")) {
			String amount = fee.requireText("amount").replace("€", "").strip();
			if (!AMOUNT.matcher(amount).matches()) {
				throw fee.require("amount").error("fee amount '" + amount + "' must be a number like 37,00");
			}
			fees.add(new Fee(new BigDecimal(amount.replace(',', '.')), fee.optionalText("condition").orElse("")));
		}
		Service service = new Service(id, node.requireText("name"), node.texts("synonyms"), node.requireText("summary"),
				fees, node.optionalText("feeNote"), node.texts("documents"), node.texts("steps"),
				node.optionalText("processingTime"), node.optionalText("deadline"), node.optionalText("validity"),
				node.optionalText("online"), node.optionalText("contact"), node.optionalText("leika"),
				node.optionalText("details"));
		TranslatedFields.service(node, service, this.translations);
		node.optionalText("leichteSprache").ifPresent(text -> this.translations.leichteSprache(service.ref(), text));
		return service;
	}

	private String id(YamlNode node, String kind) {
		String id = node.requireText("id");
		if (!ContentId.isValid(id)) {
			throw node.require("id")
				.error(kind + " id '" + id + "' must be kebab-case (lower-case letters, digits, hyphens)");
		}
		String previous = this.seenIds.putIfAbsent(kind + ":" + id, node.file() + ":" + node.line());
		if (previous != null) {
			throw node.require("id")
				.error("duplicate " + kind + " id '" + id + "' (first defined at " + previous + ")");
		}
		return id;
	}

}
