package de.rathausbot.intents;

import java.util.List;

import de.rathausbot.content.ContentFiles;
import de.rathausbot.knowledge.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The intents currently served, read from the configured folder at start-up. A broken
 * file stops the start with file, line and problem; knowledge references are checked
 * against the knowledge base.
 */
@Component
public class IntentCatalog {

	private static final Logger log = LoggerFactory.getLogger(IntentCatalog.class);

	private final IntentsProperties properties;

	private final KnowledgeBase knowledge;

	private volatile IntentContent content;

	IntentCatalog(IntentsProperties properties, KnowledgeBase knowledge) {
		this.properties = properties;
		this.knowledge = knowledge;
		this.content = load();
		log.info("Intents loaded from {}: {} intents, {} synonym groups, {} out-of-scope examples",
				properties.location(), this.content.intents().size(), this.content.synonyms().size(),
				this.content.outOfScope().size());
	}

	private IntentContent load() {
		List<ContentFiles.ContentFile> files = ContentFiles.find(this.properties.location(), "*.yml");
		return new IntentFileReader(this.properties.minExamples(), this.knowledge::contains).read(files);
	}

	public IntentContent content() {
		return this.content;
	}

}
