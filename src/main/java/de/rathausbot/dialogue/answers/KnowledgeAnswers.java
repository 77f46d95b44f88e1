package de.rathausbot.dialogue.answers;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.AnswerTexts;
import de.rathausbot.dialogue.AnswerMarkdown;
import de.rathausbot.dialogue.Card;
import de.rathausbot.dialogue.Outcome;
import de.rathausbot.dialogue.Source;
import de.rathausbot.dialogue.time.TimeQuery;
import de.rathausbot.intents.Intent;
import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.Event;
import de.rathausbot.knowledge.Faq;
import de.rathausbot.knowledge.ItemTranslations;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.knowledge.KnowledgeItem;
import de.rathausbot.knowledge.Occurrence;
import de.rathausbot.knowledge.OfficeHours;
import de.rathausbot.knowledge.OpeningHours;
import de.rathausbot.knowledge.Page;
import de.rathausbot.knowledge.Passage;
import de.rathausbot.knowledge.Service;
import de.rathausbot.nlu.GermanFolding;

/**
 * Builds the answer for a chosen intent and/or knowledge item: the asked attribute of the
 * item at the asked time, the intent's own text, or both.
 */
public final class KnowledgeAnswers {

	private final ContactAnswers contacts;

	private final ServiceAnswers services;

	private final EventAnswers events;

	private final Cards cards;

	public KnowledgeAnswers(KnowledgeBase knowledge, OfficeHours officeHours) {
		this.contacts = new ContactAnswers(officeHours);
		this.services = new ServiceAnswers(knowledge, this.contacts);
		this.events = new EventAnswers(knowledge);
		this.cards = new Cards(this.services, this.contacts);
	}

	ContactAnswers contacts() {
		return this.contacts;
	}

	public EventAnswers events() {
		return this.events;
	}

	/** "Jetzt geöffnet bis 12 Uhr.", as the bot says it at that moment. */
	public String openNow(OpeningHours hours, ZonedDateTime now) {
		return this.contacts.status(hours, now);
	}

	/** "Montag bis Mittwoch 8–12 Uhr; …; an Feiertagen geschlossen." */
	public String weekly(OpeningHours hours) {
		return this.contacts.weekly(hours);
	}

	/** "jeden letzten Mittwoch im Monat", or nothing for a single date. */
	public static String repeats(Event event) {
		return RecurrenceWords.spoken(event);
	}

	/** "am Montag, 07.10.2019 von 9 bis 17 Uhr". */
	public static String when(Occurrence date) {
		return EventAnswers.when(date);
	}

	/**
	 * @param asked the item as chosen (German); it is answered in the citizen's language
	 * where staff translated it ({@code translations})
	 */
	public Answer answer(String question, Optional<Intent> intent, Optional<KnowledgeItem> asked,
			Optional<TimeQuery> time, ZonedDateTime now, String language, String label, double confidence,
			ItemTranslations translations) {
		AnswerTexts t = AnswerTexts.in(language);
		Optional<KnowledgeItem> item = asked.map(i -> translations.in(i, language));
		List<String> quickReplies = new ArrayList<>(intent.map(Intent::quickReplies).orElse(List.of()));
		List<Source> sources = new ArrayList<>();
		List<Card> cards = new ArrayList<>();
		String intentText = intent.map(i -> i.answerIn(language)).orElse("");
		String text;
		Optional<String> easy = Intent.LEICHTE_SPRACHE.equals(language) ? intent.map(Intent::translations)
			.map(texts -> texts.get(Intent.LEICHTE_SPRACHE))
			.or(() -> asked.flatMap(i -> translations.leichteSprache(i.ref()))) : Optional.empty();
		if (easy.isPresent() && item.isPresent()) {
			// in Leichte Sprache the staff's text alone; the facts stay on the card
			List<Source> itemSources = sources(item.get(), t);
			sources.addAll(itemSources);
			cards.add(this.cards.of(item.get(), itemSources, now, t));
			text = easy.get();
		}
		else if (intent.flatMap(Intent::knowledge).filter(KnowledgeBase.EVENT_CALENDAR::equals).isPresent()) {
			text = join(time.isPresent() ? "" : intentText, this.events.calendar(time, now, t));
		}
		else if (item.orElse(null) instanceof Faq faq) {
			text = faq.answer();
			faq.url().ifPresent(u -> sources.add(new Source(faq.question(), u)));
		}
		else if (item.isPresent()) {
			String folded = GermanFolding.fold(question);
			// a detail quick reply of ours in any answer language, else the question's
			// words
			Optional<Attribute> attribute = ServiceAnswers.detailAsked(question, item.get(), t)
				.or(() -> AttributeDetector.detect(folded, item.get()));
			boolean specific = attribute.isPresent() || (time.isPresent() && !(item.get() instanceof Service));
			String facts;
			if (item.get() instanceof Service service) {
				ServiceAnswers.Facts answer = this.services.answer(service, attribute, folded, now, t);
				facts = answer.text();
				answer.quickReplies().stream().filter(q -> !quickReplies.contains(q)).forEach(quickReplies::add);
			}
			else {
				facts = facts(item.get(), attribute, time, now, t);
			}
			text = specific || intentText.isEmpty() ? facts : join(intentText, facts);
			List<Source> itemSources = sources(item.get(), t);
			sources.addAll(itemSources);
			cards.add(this.cards.of(item.get(), itemSources, now, t));
		}
		else {
			text = intentText;
		}
		if (item.isPresent() && writtenInGerman(item.get()) && !t.german()
				&& !translations.complete(item.get().ref(), language)) {
			// the city wrote it in German only: said so rather than left to guess
			text = text + "\n\n" + t.get("content.onlyGerman");
		}
		// links of the text that is actually said, not of an intent text left out
		sources.addAll(0, links(text));
		return new Answer(text, Outcome.ANSWERED, label, confidence, language, quickReplies, distinct(sources), cards);
	}

	/**
	 * A page's own lines that answer the question, and where to read on ("Mehr dazu").
	 */
	public Answer page(PageExcerpts.Excerpt excerpt, String language, String label, double confidence) {
		AnswerTexts t = AnswerTexts.in(language);
		Page page = excerpt.page();
		StringBuilder text = new StringBuilder();
		excerpt.lines().forEach(l -> text.append(text.isEmpty() ? "" : "\n").append(l.text()));
		List<Source> sources = new ArrayList<>(links(text.toString()));
		if (page.url().isPresent()) {
			text.append("\n\n").append(t.get("page.more", "[" + page.title() + "](" + page.url().get() + ")"));
			sources.add(0, new Source(page.title(), page.url().get()));
		}
		else {
			text.append("\n\n").append(t.get("page.from", "**" + page.title() + "**"));
		}
		if (!t.german()) {
			text.append("\n\n").append(t.get("content.onlyGerman"));
		}
		return new Answer(text.toString(), Outcome.ANSWERED, label, confidence, language, List.of(), distinct(sources),
				List.of(), List.of(), excerpt.lines().stream().map(Passage.Line::number).toList());
	}

	/**
	 * Items whose own texts (descriptions, documents, answers) the city wrote in German.
	 */
	private static boolean writtenInGerman(KnowledgeItem item) {
		return item instanceof Service || item instanceof Faq
				|| item instanceof Event event && event.description().isPresent();
	}

	private String facts(KnowledgeItem item, Optional<Attribute> attribute, Optional<TimeQuery> time, ZonedDateTime now,
			AnswerTexts texts) {
		if (item instanceof Contact contact) {
			return this.contacts.answer(contact, attribute, time, now, texts);
		}
		return item instanceof Event event ? this.events.one(event, time, now, texts) : "";
	}

	private List<Source> sources(KnowledgeItem item, AnswerTexts t) {
		List<Source> sources = new ArrayList<>();
		if (item instanceof Service service) {
			service.onlineUrl().ifPresent(u -> sources.add(new Source(t.get("source.online", service.name()), u)));
			this.services.contact(service, t)
				.flatMap(Contact::website)
				.ifPresent(u -> sources.add(new Source(service.name(), u)));
		}
		else if (item instanceof Contact contact) {
			contact.website().ifPresent(u -> sources.add(new Source(contact.name(), u)));
			// relative to the bot: channels offer it as a download
			sources.add(Source.download(t.get("source.contactCard"), Source.Download.Kind.CONTACT_CARD, contact.id()));
		}
		else if (item instanceof Event event) {
			event.url().ifPresent(u -> sources.add(new Source(event.title(), u)));
			sources.add(Source.download(t.get("source.calendar"), Source.Download.Kind.EVENT_CALENDAR, event.id()));
		}
		return sources;
	}

	static List<Source> links(String markdown) {
		return AnswerMarkdown.links(markdown).stream().map(link -> new Source(link.text(), link.url())).toList();
	}

	private static List<Source> distinct(List<Source> sources) {
		return sources.stream()
			.filter(s -> s.url() != null)
			.collect(java.util.stream.Collectors.toMap(Source::url, s -> s, (a, b) -> a, java.util.LinkedHashMap::new))
			.values()
			.stream()
			.toList();
	}

	private static String join(String first, String second) {
		return first.isBlank() ? second : second.isBlank() ? first : first.strip() + "\n\n" + second;
	}

}
