package de.rathausbot.dialogue.answers;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.KnowledgeItem;
import de.rathausbot.knowledge.Service;

/**
 * Finds which attribute a question asks for, given the kind of item it is about: "Was
 * kostet …" asks a service's fee, "Wo …" a contact's address but an event's place. Works
 * on folded text (umlauts as ae/oe/ue).
 */
final class AttributeDetector {

	private static final List<Rule> SERVICE_RULES = List.of(rule(Attribute.FEE,
			"kost|gebuehr|preis|zahl|teuer|guenstig|euro|\\beur\\b|€|fee|price|cost|how much|umsonst|gratis|\\bpay"
					// Turkish, Ukrainian and Arabic words for it
					+ "|uecret|ne kadar|вартіст|скільки|кошту|الرسوم|تكلفة"),
			// "was brauche ich", not "ich brauche einen Ausweis"
			rule(Attribute.DOCUMENTS,
					"mitbring|unterlage|dokument|nachweis|vorleg|mitnehm|was (brauch|benoetig)|welche .*(brauch|benoetig)"
							+ "|(brauch|benoetig)\\w* ich (fuer|zu|zum|zur|bei|als)|foto|bild|documents|bring|what do i need"
							+ "|belge|документ|المستندات|وثائق"),
			rule(Attribute.DEADLINE,
					"frist|bis wann|spaetestens|innerhalb|wie viel zeit|zeit habe|deadline|how long do i have|by when|until when"),
			rule(Attribute.VALIDITY, "gueltig|gilt|laeuft ab|ablauf|valid|expire|good for|how many years"),
			rule(Attribute.PROCESSING_TIME,
					"dauer|dauert|bearbeitungszeit|wie lange|wie schnell|sofort|wartezeit|how long"),
			rule(Attribute.ONLINE, "online|internet|digital|im netz|website|webseite"),
			rule(Attribute.RESPONSIBLE, "zustaendig|an wen|\\bwer\\b|who|in charge|yetkili|звертат|المختصة"),
			rule(Attribute.WHERE, "wohin|\\bwo\\b|adresse|anschrift|where|nerede|(^|\\s)де\\b|أين"),
			rule(Attribute.STEPS, "wie beantrag|wie bekomm|wie funktioniert|ablauf|beantrag|how do i|apply"
					+ "|nas[iı]l ba[sş]vur|як оформ|طريقة التقديم"));

	private static final List<Rule> CONTACT_RULES = List.of(rule(Attribute.FAX, "\\bfax"),
			rule(Attribute.EMAIL, "mail|schreib|\\bemail"),
			// before the phone: "Hausnummer" is not a phone number
			rule(Attribute.ADDRESS, "adresse|anschrift|hausnummer|strasse|postleitzahl|\\bplz\\b|address"),
			rule(Attribute.PHONE, "telefon|anruf|anrufen|\\btel\\b|nummer|phone|call|erreich"),
			rule(Attribute.HOURS,
					"oeffnungszeit|geoeffnet|offen|\\bauf\\b|geschlossen|\\bzu\\b|sprechzeit|wann|open|hours|closed"),
			rule(Attribute.ADDRESS,
					"adresse|anschrift|\\bwo\\b|strasse|postleitzahl|\\bplz\\b|finde|hinkomm|liegt|address|where|located"),
			rule(Attribute.WEBSITE, "webseite|website|homepage|internetseite|\\burl\\b"),
			rule(Attribute.PERSON, "\\bwer\\b|leitung|leitet|leiter|ansprechp|zustaendig|kontakt|who|contact"));

	private static final List<Rule> EVENT_RULES = List.of(
			rule(Attribute.TIME,
					"uhrzeit|uhr\\b|beginn|anfang|faengt|endet|ende\\b|aufhoer|wie lange|bis wann|time|start|end"),
			rule(Attribute.PLACE, "\\bwo\\b|\\bort\\b|stattfind|location|where|veranstaltungsort"),
			rule(Attribute.DATE, "wann|datum|termin|\\btag\\b|date|when"));

	private AttributeDetector() {
	}

	static Optional<Attribute> detect(String foldedQuestion, KnowledgeItem item) {
		List<Rule> rules = item instanceof Service ? SERVICE_RULES
				: item instanceof Contact ? CONTACT_RULES : EVENT_RULES;
		return rules.stream().filter(r -> r.pattern().matcher(foldedQuestion).find()).map(Rule::attribute).findFirst();
	}

	private static Rule rule(Attribute attribute, String regex) {
		return new Rule(attribute, Pattern.compile(regex));
	}

	private record Rule(Attribute attribute, Pattern pattern) {
	}

}
