package de.rathausbot.channel.telegram;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import de.rathausbot.dialogue.Source;
import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.Downloads;
import de.rathausbot.knowledge.Event;
import de.rathausbot.knowledge.KnowledgeBase;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.objects.InputFile;

/** The files a Telegram button sends: an event's .ics, a contact's .vcf. */
final class KnowledgeDocuments {

	private final KnowledgeBase knowledge;

	KnowledgeDocuments(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	/**
	 * "events:ID" or "contacts:ID": what a button's callback names (the form buttons sent
	 * before keep working).
	 */
	static String callback(Source.Download download) {
		return (download.kind() == Source.Download.Kind.EVENT_CALENDAR ? "events" : "contacts") + ":" + download.id();
	}

	/** "f:events:ID" or "f:contacts:ID": the event's .ics or the contact's .vcf. */
	Optional<SendDocument> of(long chat, String what) {
		String[] parts = what.split(":", 2);
		if (parts.length != 2) {
			return Optional.empty();
		}
		Optional<String> file = Optional.empty();
		String name = parts[1];
		if ("events".equals(parts[0])) {
			file = this.knowledge.find("event:" + parts[1]).map(e -> Downloads.calendar((Event) e, "rathausbot"));
			name += ".ics";
		}
		else if ("contacts".equals(parts[0])) {
			file = this.knowledge.find("contact:" + parts[1]).map(c -> Downloads.card((Contact) c));
			name += ".vcf";
		}
		String fileName = name;
		return file.map(text -> SendDocument.builder()
			.chatId(chat)
			.document(new InputFile(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), fileName))
			.build());
	}

}
