package de.rathausbot.intents;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.rathausbot.content.ContentFiles;
import de.rathausbot.content.ContentStore;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.tenant.Tenant;
import de.rathausbot.tenant.Tenants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The intents currently served. At the first start they are imported from the configured
 * folder into the {@link ContentStore}; from then on the database is the source of truth.
 * A broken file stops the first start with file, line and problem; knowledge references
 * are checked against the knowledge base. A change is {@link #read} and checked first,
 * and only {@link #serve served} if it reads, so the last good content stays in use.
 */
@Component
public class IntentCatalog {

	private static final Logger log = LoggerFactory.getLogger(IntentCatalog.class);

	private final IntentsProperties properties;

	private final KnowledgeBase knowledge;

	/** The content group of the intents in the {@link ContentStore}. */
	public static final String GROUP = "intents";

	private final ContentStore store;

	private final Tenants tenants;

	/** What each tenant is served, by tenant id. */
	private final Map<String, IntentContent> served = new ConcurrentHashMap<>();

	IntentCatalog(IntentsProperties properties, KnowledgeBase knowledge, ContentStore store, Tenants tenants) {
		this.properties = properties;
		this.knowledge = knowledge;
		this.store = store;
		this.tenants = tenants;
		// a Landkreis before its Kommunen, which inherit its intents
		for (Tenant tenant : tenants.parentsFirst()) {
			tenants.as(tenant, () -> {
				String location = tenant.intents().orElse(properties.location());
				if (!store.imported(GROUP)) {
					List<ContentFiles.ContentFile> files = ContentFiles.find(location, "*.yml");
					read(files);
					store.importFiles(GROUP, files, "import");
					log.info("Intents{} imported from {} into the database", about(tenant), location);
				}
				IntentContent content = read(store.files(GROUP));
				this.served.put(tenant.id(), content);
				log.info("Intents{}: {} intents, {} synonym groups, {} out-of-scope examples", about(tenant),
						content.intents().size(), content.synonyms().size(), content.outOfScope().size());
			});
		}
	}

	private String about(Tenant tenant) {
		return this.tenants.several() ? " of " + tenant.id() : "";
	}

	/**
	 * Checks intent files as they would be served: the first problem as a
	 * {@link de.rathausbot.content.ContentException} with file and line.
	 */
	public IntentContent read(List<ContentFiles.ContentFile> files) {
		return read(files, this.knowledge::contains);
	}

	/** Like {@link #read(List)}, against other knowledge (an import that brings both). */
	public IntentContent read(List<ContentFiles.ContentFile> files,
			java.util.function.Predicate<String> knowledgeExists) {
		IntentContent own = new IntentFileReader(this.properties.minExamples(), knowledgeExists).read(files);
		return this.tenants.current()
			.parent()
			.map(this.served::get)
			.map(parent -> IntentContent.inheriting(parent, own, knowledgeExists))
			.orElse(own);
	}

	/**
	 * Serves content that was read from the database and checked by {@link #read}, to the
	 * current tenant.
	 */
	public synchronized void serve(IntentContent checked) {
		this.served.put(this.tenants.current().id(), checked);
	}

	public int minExamples() {
		return this.properties.minExamples();
	}

	/** What the current tenant is served. */
	public IntentContent content() {
		return this.served.get(this.tenants.current().id());
	}

}
