package de.rathausbot.knowledge.web;

import java.math.BigDecimal;
import java.util.List;

import de.rathausbot.knowledge.Address;
import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.Downloads;
import de.rathausbot.knowledge.Event;
import de.rathausbot.knowledge.Faq;
import de.rathausbot.knowledge.Occurrence;
import de.rathausbot.knowledge.Passage;
import de.rathausbot.knowledge.Recurrence;
import de.rathausbot.knowledge.OpeningHours;
import de.rathausbot.knowledge.Service;

/**
 * The knowledge as the read API shows it: plain JSON (absent values are null), with links
 * to the downloads.
 */
final class KnowledgeViews {

	private KnowledgeViews() {
	}

	/** One page of a list. */
	record Page<T>(List<T> items, int page, int size, int total) {

		static <T> Page<T> of(List<T> all, int page, int size) {
			int from = Math.min(all.size(), page * size);
			int to = Math.min(all.size(), from + size);
			return new Page<>(all.subList(from, to), page, size, all.size());
		}

	}

	record FeeView(BigDecimal amount, String condition) {
	}

	record ServiceView(String id, String name, String summary, List<FeeView> fees, String feeNote,
			List<String> documents, List<String> steps, String processingTime, String deadline, String validity,
			String onlineUrl, String contact, String leika) {

		static ServiceView of(Service s) {
			return new ServiceView(s.id(), s.name(), s.summary(),
					s.fees().stream().map(f -> new FeeView(f.amount(), f.condition())).toList(),
					s.feeNote().orElse(null), s.documents(), s.steps(), s.processingTime().orElse(null),
					s.deadline().orElse(null), s.validity().orElse(null), s.onlineUrl().orElse(null),
					s.contactId().orElse(null), s.leikaKey().orElse(null));
		}

	}

	record ContactView(String id, String name, String role, String organisation, String address, String phone,
			String fax, String email, String website, String openingHours, String vcard) {

		static ContactView of(Contact c) {
			return new ContactView(c.id(), c.name(), c.role().orElse(null), c.organisation().orElse(null),
					c.address().map(Address::oneLine).orElse(null), c.phone().orElse(null), c.fax().orElse(null),
					c.email().orElse(null), c.website().orElse(null),
					c.openingHours().map(OpeningHours::text).orElse(null), Downloads.cardPath(c.id()));
		}

	}

	/**
	 * An event, or one date of a series.
	 *
	 * @param repeat the series' iCalendar rule (RRULE), null for a single event
	 */
	record FaqView(String id, String question, List<String> phrasings, String answer, String url) {

		static FaqView of(Faq f) {
			return new FaqView(f.id(), f.question(), f.phrasings(), f.answer(), f.url().orElse(null));
		}

	}

	record PassageView(String heading, List<String> lines) {

	}

	record PageView(String id, String title, String url, List<PassageView> passages) {

		static PageView of(de.rathausbot.knowledge.Page p) {
			return new PageView(p.id(), p.title(), p.url().orElse(null),
					p.passages()
						.stream()
						.map(s -> new PassageView(s.heading(), s.lines().stream().map(Passage.Line::text).toList()))
						.toList());
		}

	}

	record EventView(String id, String title, String start, String end, boolean allDay, String repeat, String location,
			String description, String organiser, String url, String ics) {

		static EventView of(Occurrence o) {
			Event e = o.event();
			return new EventView(e.id(), e.title(), o.start().toOffsetDateTime().toString(),
					o.end().map(t -> t.toOffsetDateTime().toString()).orElse(null), e.allDay(),
					e.recurrence().map(Recurrence::rule).orElse(null), e.location().orElse(null),
					e.description().orElse(null), e.organiser().orElse(null), e.url().orElse(null),
					Downloads.calendarPath(e.id()));
		}

	}

}
