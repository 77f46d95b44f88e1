package de.rathausbot.knowledge;

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
import de.rathausbot.content.ContentFiles.ContentFile;
import de.rathausbot.system.SystemProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The municipality's services, contacts and events, loaded from the knowledge folder at
 * start-up. A broken file stops the start with file, line and problem.
 */
@Component
public class KnowledgeBase {

	/**
	 * Reference to the whole event calendar, for intents like "Welche Veranstaltungen
	 * gibt es?".
	 */
	public static final String EVENT_CALENDAR = "events";

	private static final Logger log = LoggerFactory.getLogger(KnowledgeBase.class);

	private final List<Service> services;

	private final List<Contact> contacts;

	private final List<Event> events;

	private final Map<String, KnowledgeItem> byRef = new LinkedHashMap<>();

	KnowledgeBase(KnowledgeProperties properties, SystemProperties system) {
		String location = properties.location();
		KnowledgeFileReader reader = new KnowledgeFileReader();
		this.contacts = reader.contacts(ContentFiles.find(location, "contacts*.yml"));
		Set<String> contactIds = this.contacts.stream().map(Contact::id).collect(Collectors.toSet());
		this.services = reader.services(ContentFiles.find(location, "services*.yml"), contactIds);
		this.events = readEvents(location, new EventFileReader(system.timeZone()));
		this.services.forEach(s -> this.byRef.put(s.ref(), s));
		this.contacts.forEach(c -> this.byRef.put(c.ref(), c));
		this.events.forEach(e -> this.byRef.put(e.ref(), e));
		log.info("Knowledge loaded from {}: {} services, {} contacts, {} events", location, this.services.size(),
				this.contacts.size(), this.events.size());
	}

	private static List<Event> readEvents(String location, EventFileReader reader) {
		List<Event> events = new ArrayList<>();
		for (ContentFile file : ContentFiles.find(location, "events*.yml")) {
			events.addAll(reader.fromYaml(file));
		}
		for (ContentFile file : ContentFiles.find(location, "*.ics")) {
			events.addAll(reader.fromIcs(file));
		}
		Map<String, Event> unique = new LinkedHashMap<>();
		for (Event event : events) {
			if (unique.putIfAbsent(event.id(), event) != null) {
				throw new ContentException(location, 0, "duplicate event id '" + event.id() + "'");
			}
		}
		events.sort(Comparator.comparing(Event::start));
		return List.copyOf(events);
	}

	public List<Service> services() {
		return this.services;
	}

	public List<Contact> contacts() {
		return this.contacts;
	}

	/** All events, ordered by start. */
	public List<Event> events() {
		return this.events;
	}

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

	public Optional<Contact> contact(String id) {
		return find("contact:" + id).map(Contact.class::cast);
	}

}
