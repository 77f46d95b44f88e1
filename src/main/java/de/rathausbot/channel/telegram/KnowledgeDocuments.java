package de.rathausbot.channel.telegram;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import de.rathausbot.dialogue.Source;
import de.rathausbot.dialogue.DownloadFiles;
import org.telegram.telegrambots.meta.api.methods.send.SendDocument;
import org.telegram.telegrambots.meta.api.objects.InputFile;

/** The files a Telegram button sends: an event's .ics, a contact's .vcf. */
final class KnowledgeDocuments {

	private final DownloadFiles files;

	KnowledgeDocuments(DownloadFiles files) {
		this.files = files;
	}

	/**
	 * "events:ID" or "contacts:ID": what a button's callback names (the form buttons sent
	 * before keep working).
	 */
	static String callback(Source.Download download) {
		return (download.kind() == Source.Download.Kind.EVENT_CALENDAR ? "events" : "contacts") + ":" + download.id();
	}

	/** "events:ID" or "contacts:ID": the event's .ics or the contact's .vcf. */
	Optional<SendDocument> of(long chat, String what) {
		String[] parts = what.split(":", 2);
		if (parts.length != 2 || !("events".equals(parts[0]) || "contacts".equals(parts[0]))) {
			return Optional.empty();
		}
		Source.Download download = new Source.Download(
				"events".equals(parts[0]) ? Source.Download.Kind.EVENT_CALENDAR : Source.Download.Kind.CONTACT_CARD,
				parts[1]);
		return this.files.of(download)
			.map(file -> SendDocument.builder()
				.chatId(chat)
				.document(new InputFile(new ByteArrayInputStream(file.text().getBytes(StandardCharsets.UTF_8)),
						file.name()))
				.build());
	}

}
