package de.rathausbot.intents;

import java.util.List;

import de.rathausbot.content.ContentFiles;
import de.rathausbot.content.ContentStore;
import de.rathausbot.knowledge.KnowledgeBase;
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

	private volatile IntentContent content;

	IntentCatalog(IntentsProperties properties, KnowledgeBase knowledge, ContentStore store) {
		this.properties = properties;
		this.knowledge = knowledge;
		this.store = store;
		if (!store.imported(GROUP)) {
			List<ContentFiles.ContentFile> files = ContentFiles.find(properties.location(), "*.yml");
			read(files);
			store.importFiles(GROUP, files, "import");
			log.info("Intents imported from {} into the database", properties.location());
		}
		this.content = read(store.files(GROUP));
		log.info("Intents: {} intents, {} synonym groups, {} out-of-scope examples", this.content.intents().size(),
				this.content.synonyms().size(), this.content.outOfScope().size());
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
		return new IntentFileReader(this.properties.minExamples(), knowledgeExists).read(files);
	}

	/** Serves content that was read from the database and checked by {@link #read}. */
	public synchronized void serve(IntentContent checked) {
		this.content = checked;
	}

	public int minExamples() {
		return this.properties.minExamples();
	}

	public IntentContent content() {
		return this.content;
	}

}
