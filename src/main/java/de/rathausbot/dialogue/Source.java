package de.rathausbot.dialogue;

import java.util.Optional;

import de.rathausbot.knowledge.Downloads;

/**
 * A link the answer is based on or points to; a file the bot itself serves (an event's
 * calendar entry, a contact's card) says so as data, so a channel can send the file
 * instead of reading the address.
 */
public record Source(String title, String url, Optional<Download> download) {

	public Source(String title, String url) {
		this(title, url, Optional.empty());
	}

	/** A file of the knowledge API, with its address there. */
	public static Source download(String title, Download.Kind kind, String id) {
		return new Source(title, kind.path(id), Optional.of(new Download(kind, id)));
	}

	/** Which file of which knowledge item. */
	public record Download(Kind kind, String id) {

		public enum Kind {

			/** An event as an iCalendar file (.ics). */
			EVENT_CALENDAR,
			/** A contact as a vCard (.vcf). */
			CONTACT_CARD;

			/** Where the knowledge API serves the file. */
			public String path(String id) {
				return this == EVENT_CALENDAR ? Downloads.calendarPath(id) : Downloads.cardPath(id);
			}

		}

	}

}
