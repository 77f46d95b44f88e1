package de.rathausbot.knowledge;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.rathausbot.content.ContentException;
import de.rathausbot.content.ContentFiles;
import de.rathausbot.content.ContentStore;
import de.rathausbot.content.ContentFiles.ContentFile;
import de.rathausbot.system.SystemProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The municipality's services, contacts, events, FAQ entries and web pages. At the first
 * start they are imported from the knowledge folder into the {@link ContentStore}; from
 * then on the database is the source of truth. A broken file stops the first start with
 * file, line and problem; a change is {@link #read} and checked first, and only
 * {@link #serve served} if it reads, so the last good knowledge stays in use.
 */
@Component
public class KnowledgeBase {

	/**
	 * Reference to the whole event calendar, for intents like "Welche Veranstaltungen
	 * gibt es?".
	 */
	public static final String EVENT_CALENDAR = "events";

	/** The content group of the knowledge in the {@link ContentStore}. */
	public static final String GROUP = "knowledge";

	private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

	private final ContentStore store;

	private final ZoneId zone;

	private volatile Snapshot snapshot;

	/** Everything known at one moment, replaced as a whole. */
	public record Snapshot(List<Service> services, List<Contact> contacts, List<Event> events, List<Faq> faqs,
			List<Page> pages, Map<String, KnowledgeItem> byRef) {

		public List<KnowledgeItem> items() {
			return List.copyOf(this.byRef.values());
		}

		public Optional<KnowledgeItem> find(String ref) {
			return Optional.ofNullable(this.byRef.get(ref));
		}

		/** True for a known item reference and for {@link #EVENT_CALENDAR}. */
		public boolean contains(String ref) {
			return EVENT_CALENDAR.equals(ref) || this.byRef.containsKey(ref);
		}

	}

	KnowledgeBase(KnowledgeProperties properties, SystemProperties system, ContentStore store) {
		this.store = store;
		this.zone = system.timeZone();
		String location = properties.location();
		if (!store.imported(GROUP)) {
			List<ContentFile> files = new ArrayList<>(ContentFiles.find(location, "*.yml"));
			files.addAll(ContentFiles.find(location, "*.ics"));
			files.addAll(ContentFiles.find(location, "pages/*.md"));
			files.addAll(ContentFiles.find(location, "pages/*.txt"));
			read(files);
			store.importFiles(GROUP, files, "import");
			log.info("Knowledge imported from {} into the database", location);
		}
		this.snapshot = read(store.files(GROUP));
		log.info("Knowledge: {} services, {} contacts, {} events, {} FAQ entries, {} pages", services().size(),
				contacts().size(), events().size(), this.snapshot.faqs().size(), this.snapshot.pages().size());
	}

	/** Serves knowledge that was {@link #read} and checked. */
	public synchronized void serve(Snapshot checked) {
		this.snapshot = checked;
	}

	/** What is served now. */
	public Snapshot current() {
		return this.snapshot;
	}

	/**
	 * Reads and checks knowledge files as they would be served, throwing the first
	 * problem.
	 */
	public Snapshot read(List<ContentFile> files) {
		KnowledgeFileReader reader = new KnowledgeFileReader();
		List<Contact> contacts = reader.contacts(matching(files, "contacts.*\\.yml"));
		Set<String> contactIds = contacts.stream().map(Contact::id).collect(Collectors.toSet());
		List<Service> services = reader.services(matching(files, "services.*\\.yml"), contactIds);
		List<Event> events = readEvents(files, new EventFileReader(this.zone));
		List<Faq> faqs = reader.faqs(matching(files, "faq.*\\.yml"));
		List<Page> pages = readPages(files);
		Map<String, KnowledgeItem> byRef = new LinkedHashMap<>();
		services.forEach(i -> byRef.put(i.ref(), i));
		contacts.forEach(i -> byRef.put(i.ref(), i));
		events.forEach(i -> byRef.put(i.ref(), i));
		faqs.forEach(i -> byRef.put(i.ref(), i));
		pages.forEach(i -> byRef.put(i.ref(), i));
		return new Snapshot(List.copyOf(services), List.copyOf(contacts), events, List.copyOf(faqs), pages, byRef);
	}

	private static List<ContentFile> matching(List<ContentFile> files, String nameRegex) {
		return files.stream().filter(f -> ContentFiles.fileName(f.name()).matches(nameRegex)).toList();
	}

	private static List<Page> readPages(List<ContentFile> files) {
		Map<String, Page> pages = new LinkedHashMap<>();
		for (ContentFile file : files) {
			if (PageFileReader.isPage(file.name())) {
				Page page = PageFileReader.read(file);
				if (pages.putIfAbsent(page.id(), page) != null) {
					throw new ContentException(file.name(), 0,
							"duplicate page id '" + page.id() + "' (a .md and a .txt file of the same name)");
				}
			}
		}
		return List.copyOf(pages.values());
	}

	private static List<Event> readEvents(List<ContentFile> files, EventFileReader reader) {
		List<Event> events = new ArrayList<>();
		for (ContentFile file : matching(files, "events.*\\.yml")) {
			events.addAll(reader.fromYaml(file));
		}
		for (ContentFile file : matching(files, ".*\\.ics")) {
			events.addAll(reader.fromIcs(file));
		}
		Map<String, Event> unique = new LinkedHashMap<>();
		for (Event event : events) {
			if (unique.putIfAbsent(event.id(), event) != null) {
				throw new ContentException(GROUP, 0, "duplicate event id '" + event.id() + "'");
			}
		}
		events.sort(Comparator.comparing(Event::start));
		return List.copyOf(events);
	}

	public List<Service> services() {
		return this.snapshot.services();
	}

	public List<Contact> contacts() {
		return this.snapshot.contacts();
	}

	/** All events, ordered by start. */
	public List<Event> events() {
		return this.snapshot.events();
	}

	public List<KnowledgeItem> items() {
		return this.snapshot.items();
	}

	public Optional<KnowledgeItem> find(String ref) {
		return this.snapshot.find(ref);
	}

	/** True for a known item reference and for {@link #EVENT_CALENDAR}. */
	public boolean contains(String ref) {
		return this.snapshot.contains(ref);
	}

	public Optional<Contact> contact(String id) {
		return find("contact:" + id).map(Contact.class::cast);
	}

}
