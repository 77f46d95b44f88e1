package de.rathausbot.dialogue.answers;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import de.rathausbot.dialogue.AnswerTexts;
import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.knowledge.KnowledgeItem;
import de.rathausbot.knowledge.Service;
import de.rathausbot.nlu.GermanFolding;

/**
 * Answers about a service by the asked attribute — fee, documents, how to apply, where,
 * who is responsible — concise first: the other details are offered as quick replies that
 * ask for them.
 */
final class ServiceAnswers {

	/**
	 * Quick replies for the details, as questions the bot understands: the keys of their
	 * words in the answer texts.
	 */
	private static final Map<Attribute, String> DETAIL_QUESTIONS = details();

	private static final int MAX_DETAILS = 4;

	/** Shorter words ("ich", "eine") do not name a document or step. */
	private static final int MIN_NAMED_WORD = 5;

	private final KnowledgeBase knowledge;

	private final ContactAnswers contacts;

	ServiceAnswers(KnowledgeBase knowledge, ContactAnswers contacts) {
		this.knowledge = knowledge;
		this.contacts = contacts;
	}

	private static Map<Attribute, String> details() {
		Map<Attribute, String> details = new LinkedHashMap<>();
		details.put(Attribute.STEPS, "detail.steps");
		details.put(Attribute.FEE, "detail.fee");
		details.put(Attribute.DOCUMENTS, "detail.documents");
		details.put(Attribute.WHERE, "detail.where");
		details.put(Attribute.RESPONSIBLE, "detail.responsible");
		return details;
	}

	/** The text, and quick replies that ask for the details the text leaves out. */
	record Facts(String text, List<String> quickReplies) {
	}

	/**
	 * @param foldedQuestion the question, folded: an overview also gives the documents or
	 * steps that the question names ("Was ist eine Wohnungsgeberbestätigung?")
	 */
	Facts answer(Service service, Optional<Attribute> attribute, String foldedQuestion, ZonedDateTime now,
			AnswerTexts t) {
		Attribute asked = attribute.orElse(null);
		String text = attribute.map(a -> detail(service, a, now, t))
			.orElseGet(() -> overview(service, now, foldedQuestion, t));
		return new Facts(text, detailQuestions(service, asked, t));
	}

	private String detail(Service service, Attribute attribute, ZonedDateTime now, AnswerTexts t) {
		String name = "**" + service.name() + "**";
		return switch (attribute) {
			case FEE -> fees(service, t);
			case DOCUMENTS -> service.documents().isEmpty() ? overview(service, now, t)
					: t.get("service.documents", name) + "\n" + bullets(service.documents());
			case STEPS -> howToApply(service, now, t);
			case DEADLINE -> service.deadline().map(d -> name + ": " + d).orElseGet(() -> overview(service, now, t));
			case VALIDITY -> service.validity()
				.map(v -> t.get("service.validity", name, v))
				.orElseGet(() -> overview(service, now, t));
			case PROCESSING_TIME -> service.processingTime()
				.map(p -> t.get("service.processingTime", name, p))
				.orElseGet(() -> overview(service, now, t));
			case ONLINE -> service.onlineUrl()
				.map(u -> t.get("service.online", name, u) + "\n\n" + service.summary())
				.orElseGet(() -> t.get("service.notOnline", name) + " " + service.summary());
			case WHERE -> where(service, now, t).orElseGet(() -> overview(service, now, t));
			case RESPONSIBLE -> responsible(service, now, t).orElseGet(() -> overview(service, now, t));
			default -> overview(service, now, t);
		};
	}

	private String overview(Service service, ZonedDateTime now, AnswerTexts t) {
		return overview(service, now, "", t);
	}

	/**
	 * What it is, what it costs, who does it and whether they are open now; documents and
	 * steps only when the question names one of them.
	 */
	private String overview(Service service, ZonedDateTime now, String foldedQuestion, AnswerTexts t) {
		List<String> parts = new ArrayList<>();
		parts.add("**" + service.name() + "**: " + service.summary());
		if (ServiceFees.has(service)) {
			parts.add(t.get("service.costs", ServiceFees.line(service, t)));
		}
		Set<String> asked = askedWords(service, foldedQuestion);
		if (mentions(service.documents(), asked)) {
			parts.add(t.get("service.bring") + "\n" + bullets(service.documents()));
		}
		if (mentions(service.steps(), asked)) {
			parts.add(t.get("service.steps") + "\n" + numbered(service.steps()));
		}
		contact(service, t)
			.ifPresent(c -> parts.add(t.get("service.responsible", c.name()) + this.contacts.statusLine(c, now, t)));
		service.onlineUrl().ifPresent(u -> parts.add(t.get("service.onlineLine", u)));
		return String.join("\n\n", parts);
	}

	/** Steps, documents, fee, where (with the office's hours) and the online link. */
	private String howToApply(Service service, ZonedDateTime now, AnswerTexts t) {
		List<String> parts = new ArrayList<>();
		String name = "**" + service.name() + "**";
		if (service.steps().isEmpty()) {
			parts.add(name + ": " + service.summary() + service.details().map(d -> "\n\n" + d).orElse(""));
		}
		else {
			parts.add(t.get("service.stepsOf", name) + "\n" + numbered(service.steps())
					+ service.details().map(d -> "\n\n" + d).orElse(""));
		}
		if (!service.documents().isEmpty()) {
			parts.add(t.get("service.bring") + "\n" + bullets(service.documents()));
		}
		if (ServiceFees.has(service)) {
			parts.add(t.get("service.costs", ServiceFees.line(service, t)));
		}
		service.deadline().ifPresent(d -> parts.add(t.get("service.deadline", d)));
		contact(service, t).ifPresent(
				c -> parts.add(t.get("service.where", c.name()) + c.address().map(a -> ", " + a.oneLine()).orElse("")
						+ c.openingHours().map(h -> "\n" + t.get("card.hours", this.contacts.weekly(h, t))).orElse("")
						+ this.contacts.statusLine(c, now, t)));
		service.onlineUrl().ifPresent(u -> parts.add(t.get("service.onlineLine", u)));
		return String.join("\n\n", parts);
	}

	private Optional<String> where(Service service, ZonedDateTime now, AnswerTexts t) {
		return contact(service, t).filter(c -> c.address().isPresent())
			.map(c -> t.get("service.at", "**" + service.name() + "**", c.name(), c.address().get().oneLine())
					+ this.contacts.statusLine(c, now, t)
					+ service.onlineUrl().map(u -> "\n\n" + t.get("service.onlineLine", u)).orElse(""));
	}

	private Optional<String> responsible(Service service, ZonedDateTime now, AnswerTexts t) {
		return contact(service, t).map(c -> t.get("service.responsibleFor", "**" + service.name() + "**") + "\n\n"
				+ this.contacts.card(c, now, t));
	}

	private String fees(Service service, AnswerTexts t) {
		if (!ServiceFees.has(service)) {
			return t.get("service.noCosts", "**" + service.name() + "**") + " " + service.summary();
		}
		return "**" + service.name() + "** – " + ServiceFees.text(service, t);
	}

	/** The fees on one line, or nothing when the service has none. */
	String feeSummary(Service service, AnswerTexts t) {
		return ServiceFees.has(service) ? ServiceFees.line(service, t) : "";
	}

	/** The question's longer words that are not the service's own name. */
	private static Set<String> askedWords(Service service, String foldedQuestion) {
		Set<String> own = new HashSet<>();
		Stream.concat(Stream.of(service.name()), service.synonyms().stream())
			.forEach(n -> own.addAll(List.of(GermanFolding.fold(n).split("[^a-z0-9]+"))));
		Set<String> words = new HashSet<>();
		for (String word : foldedQuestion.split("[^a-z0-9]+")) {
			if (word.length() >= MIN_NAMED_WORD && !own.contains(word)) {
				words.add(word);
			}
		}
		return words;
	}

	private static boolean mentions(List<String> details, Set<String> words) {
		return details.stream().map(GermanFolding::fold).anyMatch(d -> words.stream().anyMatch(d::contains));
	}

	/**
	 * The detail one of our quick replies asks for ("Reisepass: Kosten", "Passport
	 * (Reisepass): Cost"), in the answer's language: any language with a bundle, without
	 * words for it in the attribute rules.
	 */
	static Optional<Attribute> detailAsked(String question, KnowledgeItem item, AnswerTexts t) {
		if (!(item instanceof Service service) || !question.startsWith(service.name() + ": ")) {
			return Optional.empty();
		}
		String detail = question.substring(service.name().length() + 2).strip();
		return DETAIL_QUESTIONS.entrySet()
			.stream()
			.filter(d -> t.get(d.getValue()).equalsIgnoreCase(detail))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/** The quick replies for details other than the one just given. */
	private List<String> detailQuestions(Service service, Attribute asked, AnswerTexts t) {
		List<String> questions = new ArrayList<>();
		for (Map.Entry<Attribute, String> detail : DETAIL_QUESTIONS.entrySet()) {
			Attribute attribute = detail.getKey();
			if (attribute != asked && has(service, attribute, t) && !(asked == Attribute.STEPS && covers(attribute))) {
				questions.add(service.name() + ": " + t.get(detail.getValue()));
			}
		}
		return questions.stream().limit(MAX_DETAILS).toList();
	}

	/** Details the how-to-apply answer already gives. */
	private static boolean covers(Attribute attribute) {
		return attribute == Attribute.FEE || attribute == Attribute.DOCUMENTS || attribute == Attribute.WHERE;
	}

	private boolean has(Service service, Attribute attribute, AnswerTexts t) {
		return switch (attribute) {
			case STEPS -> !service.steps().isEmpty();
			case FEE -> ServiceFees.has(service);
			case DOCUMENTS -> !service.documents().isEmpty();
			case WHERE -> contact(service, t).flatMap(Contact::address).isPresent();
			case RESPONSIBLE -> contact(service, t).isPresent();
			default -> false;
		};
	}

	/**
	 * The office responsible for the service, in the answer's language where translated.
	 */
	Optional<Contact> contact(Service service, AnswerTexts t) {
		return service.contactId()
			.flatMap(this.knowledge::contact)
			.map(c -> this.knowledge.current().translations().in(c, t.language()));
	}

	static String bullets(List<String> items) {
		return String.join("\n", items.stream().map(i -> "- " + i).toList());
	}

	private static String numbered(List<String> items) {
		return String.join("\n",
				IntStream.range(0, items.size()).mapToObj(i -> (i + 1) + ". " + items.get(i)).toList());
	}

}
