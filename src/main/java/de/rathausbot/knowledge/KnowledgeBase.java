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
import de.rathausbot.tenant.Tenant;
import de.rathausbot.tenant.Tenants;
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

	private final Tenants tenants;

	/** What each tenant is served, by tenant id. */
	private final Map<String, Snapshot> served = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Everything one tenant knows at one moment, replaced as a whole: its own items and
	 * those it inherits from its Landkreis.
	 *
	 * @param origins the tenant each item comes from, by reference
	 * @param translations the items' texts in other languages and in Leichte Sprache
	 */
	public record Snapshot(List<Service> services, List<Contact> contacts, List<Event> events, List<Faq> faqs,
			List<Page> pages, Map<String, KnowledgeItem> byRef, Map<String, String> origins,
			ItemTranslations translations) {

		static final Snapshot EMPTY = new Snapshot(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(),
				Map.of(), ItemTranslations.NONE);

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

		/** The tenant an item comes from (its own, or the one it is inherited from). */
		public Optional<String> origin(String ref) {
			return Optional.ofNullable(this.origins.get(ref));
		}

	}

	KnowledgeBase(KnowledgeProperties properties, SystemProperties system, ContentStore store, Tenants tenants) {
		this.store = store;
		this.zone = system.timeZone();
		this.tenants = tenants;
		// a Landkreis before its Kommunen, which inherit its knowledge
		for (Tenant tenant : tenants.parentsFirst()) {
			tenants.as(tenant, () -> {
				String location = tenant.knowledge().orElse(properties.location());
				if (!store.imported(GROUP)) {
					List<ContentFile> files = new ArrayList<>(ContentFiles.find(location, "*.yml"));
					files.addAll(ContentFiles.find(location, "*.ics"));
					files.addAll(ContentFiles.find(location, "pages/*.md"));
					files.addAll(ContentFiles.find(location, "pages/*.txt"));
					read(files);
					store.importFiles(GROUP, files, "import");
					log.info("Knowledge{} imported from {} into the database", about(tenant), location);
				}
				Snapshot snapshot = read(store.files(GROUP));
				this.served.put(tenant.id(), snapshot);
				log.info("Knowledge{}: {} services, {} contacts, {} events, {} FAQ entries, {} pages", about(tenant),
						snapshot.services().size(), snapshot.contacts().size(), snapshot.events().size(),
						snapshot.faqs().size(), snapshot.pages().size());
			});
		}
	}

	private String about(Tenant tenant) {
		return this.tenants.several() ? " of " + tenant.id() : "";
	}

	/** Serves knowledge that was {@link #read} and checked, for the current tenant. */
	public synchronized void serve(Snapshot checked) {
		this.served.put(this.tenants.current().id(), checked);
	}

	/** What is served now to the current tenant. */
	public Snapshot current() {
		return this.served.getOrDefault(this.tenants.current().id(), Snapshot.EMPTY);
	}

	/**
	 * Reads and checks the current tenant's knowledge files as they would be served, with
	 * what it inherits from its Landkreis, throwing the first problem.
	 */
	public Snapshot read(List<ContentFile> files) {
		Tenant tenant = this.tenants.current();
		Snapshot inherited = tenant.parent()
			.map(p -> this.served.getOrDefault(p, Snapshot.EMPTY))
			.orElse(Snapshot.EMPTY);
		return read(files, inherited, tenant.id());
	}

	/** Reads files on their own, inheriting nothing (one item being previewed). */
	public Snapshot readAlone(List<ContentFile> files) {
		return read(files, Snapshot.EMPTY, this.tenants.current().id());
	}

	private Snapshot read(List<ContentFile> files, Snapshot inherited, String tenant) {
		ItemTranslations.Collector translations = new ItemTranslations.Collector();
		KnowledgeFileReader reader = new KnowledgeFileReader(translations);
		List<Contact> contacts = reader.contacts(matching(files, "contacts.*\\.yml"));
		Set<String> contactIds = contacts.stream().map(Contact::id).collect(Collectors.toSet());
		inherited.contacts().forEach(c -> contactIds.add(c.id()));
		List<Service> services = reader.services(matching(files, "services.*\\.yml"), contactIds);
		List<Event> events = readEvents(files, new EventFileReader(this.zone), translations);
		List<Faq> faqs = reader.faqs(matching(files, "faq.*\\.yml"));
		List<Page> pages = readPages(files);
		Set<String> hidden = reader.hidden(matching(files, "hide.*\\.yml"), inherited::contains);
		return Inheritance.merge(inherited, hidden, tenant, services, contacts, events, faqs, pages,
				translations.collected());
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

	private static List<Event> readEvents(List<ContentFile> files, EventFileReader reader,
			ItemTranslations.Collector translations) {
		List<Event> events = new ArrayList<>();
		for (ContentFile file : matching(files, "events.*\\.yml")) {
			events.addAll(reader.fromYaml(file, translations));
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
		return current().services();
	}

	public List<Contact> contacts() {
		return current().contacts();
	}

	/** All events, ordered by start. */
	public List<Event> events() {
		return current().events();
	}

	public List<KnowledgeItem> items() {
		return current().items();
	}

	public Optional<KnowledgeItem> find(String ref) {
		return current().find(ref);
	}

	/** True for a known item reference and for {@link #EVENT_CALENDAR}. */
	public boolean contains(String ref) {
		return current().contains(ref);
	}

	public Optional<Contact> contact(String id) {
		return find("contact:" + id).map(Contact.class::cast);
	}

}
