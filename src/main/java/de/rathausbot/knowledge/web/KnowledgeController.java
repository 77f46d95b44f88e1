package de.rathausbot.knowledge.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import de.rathausbot.knowledge.Event;
import de.rathausbot.knowledge.Occurrence;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.system.SystemProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The knowledge for other systems and channels, as JSON pages:
 * {@code GET /api/knowledge/services}, {@code /contacts}, {@code /faq}, {@code /pages}
 * and {@code /events?from=&to=&q=}. Bad parameters are a 400 with a JSON error.
 */
@RestController
@RequestMapping("/api/knowledge")
class KnowledgeController {

	private static final int MAX_SIZE = 100;

	/** The longest period the events of which are listed date by date. */
	static final int MAX_PERIOD_YEARS = 2;

	/**
	 * At most this many dates of one series per request (a daily series over 2 years).
	 */
	static final int MAX_PER_SERIES = 800;

	/** At most this many dates per request, before paging. */
	static final int MAX_OCCURRENCES = 20_000;

	private final KnowledgeBase knowledge;

	private final SystemProperties system;

	KnowledgeController(KnowledgeBase knowledge, SystemProperties system) {
		this.knowledge = knowledge;
		this.system = system;
	}

	@GetMapping("/services")
	ResponseEntity<?> services(@RequestParam(defaultValue = "0") String page,
			@RequestParam(defaultValue = "20") String size) {
		return paged(this.knowledge.services().stream().map(KnowledgeViews.ServiceView::of).toList(), page, size);
	}

	@GetMapping("/contacts")
	ResponseEntity<?> contacts(@RequestParam(defaultValue = "0") String page,
			@RequestParam(defaultValue = "20") String size) {
		return paged(this.knowledge.contacts().stream().map(KnowledgeViews.ContactView::of).toList(), page, size);
	}

	@GetMapping("/faq")
	ResponseEntity<?> faq(@RequestParam(defaultValue = "0") String page,
			@RequestParam(defaultValue = "20") String size) {
		return paged(this.knowledge.current().faqs().stream().map(KnowledgeViews.FaqView::of).toList(), page, size);
	}

	/** The pages with their passages (heading and lines), as the bot quotes them. */
	@GetMapping("/pages")
	ResponseEntity<?> pages(@RequestParam(defaultValue = "0") String page,
			@RequestParam(defaultValue = "20") String size) {
		return paged(this.knowledge.current().pages().stream().map(KnowledgeViews.PageView::of).toList(), page, size);
	}

	/**
	 * Events whose title, place or description contains {@code q}. Without a period each
	 * event once (a series with its first date and its rule); with {@code from} and/or
	 * {@code to} (ISO dates, inclusive, in the municipality's time zone) every date in
	 * the period, a series' dates one by one. An open end is one year after {@code from},
	 * an open start one year before {@code to}; a period is at most
	 * {@value #MAX_PERIOD_YEARS} years (400 beyond). Ordered by start.
	 */
	@GetMapping("/events")
	ResponseEntity<?> events(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") String page,
			@RequestParam(defaultValue = "20") String size) {
		ZonedDateTime start;
		ZonedDateTime end;
		try {
			start = from == null ? null : LocalDate.parse(from).atStartOfDay(this.system.timeZone());
			end = to == null ? null : LocalDate.parse(to).plusDays(1).atStartOfDay(this.system.timeZone());
		}
		catch (DateTimeException ex) {
			return badRequest("from and to must be dates like 2021-06-14");
		}
		if (start != null && end != null && end.isBefore(start)) {
			return badRequest("to must not be before from");
		}
		String query = q == null ? "" : q.strip().toLowerCase(Locale.GERMAN);
		List<Event> events = this.knowledge.events()
			.stream()
			.filter(e -> query.isEmpty() || matches(e, query))
			.toList();
		List<Occurrence> dates;
		if (start == null && end == null) {
			dates = events.stream().map(e -> e.first()).toList();
		}
		else {
			// an open start is one year before the end, an open end one year after the
			// start
			ZonedDateTime first = start != null ? start : end.minusYears(1);
			ZonedDateTime last = end != null ? end : start.plusYears(1);
			if (first.plusYears(MAX_PERIOD_YEARS).isBefore(last)) {
				return badRequest("the period from " + from + " to " + to + " is longer than " + MAX_PERIOD_YEARS
						+ " years; ask for a shorter one");
			}
			List<Occurrence> found = new ArrayList<>();
			for (Event event : events) {
				event.occurrences(first, last)
					.stream()
					.filter(o -> o.start().isBefore(last))
					.limit(MAX_PER_SERIES)
					.forEach(found::add);
				if (found.size() > MAX_OCCURRENCES) {
					return badRequest("more than " + MAX_OCCURRENCES
							+ " dates in this period; ask for a shorter period or filter with q");
				}
			}
			dates = found;
		}
		List<Occurrence> sorted = dates.stream().sorted(Comparator.comparing(Occurrence::start)).toList();
		return paged(sorted, page, size, KnowledgeViews.EventView::of);
	}

	private static boolean matches(Event event, String query) {
		return Stream.of(Stream.of(event.title()), event.location().stream(), event.description().stream())
			.flatMap(s -> s)
			.anyMatch(text -> text.toLowerCase(Locale.GERMAN).contains(query));
	}

	private static ResponseEntity<?> paged(List<?> all, String page, String size) {
		return paged(all, page, size, java.util.function.Function.identity());
	}

	/** The page asked for, each of its items mapped only then. */
	private static <T, V> ResponseEntity<?> paged(List<T> all, String page, String size,
			java.util.function.Function<T, V> view) {
		if (!page.matches("\\d{1,6}") || !size.matches("\\d{1,3}") || Integer.parseInt(size) < 1
				|| Integer.parseInt(size) > MAX_SIZE) {
			return badRequest("page must be a number from 0, size a number from 1 to " + MAX_SIZE);
		}
		KnowledgeViews.Page<T> slice = KnowledgeViews.Page.of(all, Integer.parseInt(page), Integer.parseInt(size));
		return ResponseEntity.ok(new KnowledgeViews.Page<>(slice.items().stream().map(view).toList(), slice.page(),
				slice.size(), slice.total()));
	}

	private static ResponseEntity<Map<String, String>> badRequest(String message) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST)
			.contentType(MediaType.APPLICATION_JSON)
			.body(Map.of("error", message));
	}

}
