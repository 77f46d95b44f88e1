package de.rathausbot.dialogue;

import java.util.Optional;

import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.Downloads;
import de.rathausbot.knowledge.Event;
import de.rathausbot.knowledge.KnowledgeBase;
import org.springframework.stereotype.Component;

/**
 * The files an answer offers ({@link Source.Download}), for channels that send files
 * themselves: an event's calendar entry, a contact's card, as the knowledge has them now.
 */
@Component
public class DownloadFiles {

	/** A file to send: its name and its text. */
	public record File(String name, String text) {
	}

	private final KnowledgeBase knowledge;

	DownloadFiles(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	/** The file, or empty when its item is gone. */
	public Optional<File> of(Source.Download download) {
		return switch (download.kind()) {
			case EVENT_CALENDAR -> this.knowledge.find("event:" + download.id())
				.map(e -> new File(download.id() + ".ics", Downloads.calendar((Event) e, "rathausbot")));
			case CONTACT_CARD -> this.knowledge.find("contact:" + download.id())
				.map(c -> new File(download.id() + ".vcf", Downloads.card((Contact) c)));
		};
	}

}
