package de.rathausbot.channel.telegram;

/** What the bot says in Telegram besides its answers: greeting, help, notices. */
final class TelegramTexts {

	static final String WELCOME = """
			Grüß Gott! Ich bin der digitale Assistent der Stadt. Fragen Sie mich nach Öffnungszeiten, \
			Leistungen wie Personalausweis oder Anmeldung, Kontakten und Veranstaltungen.

			Datenschutz: Ihre Fragen werden ohne Namen und ohne Ihre Telegram-Kennung gespeichert, \
			um den Dienst zu verbessern. Bitte senden Sie keine persönlichen Daten. /neu beginnt ein neues Gespräch, \
			/loeschen löscht das Gespräch.""";

	static final String HELP = """
			So können Sie mich fragen:
			• Wann hat das Rathaus geöffnet?
			• Was kostet ein Reisepass?
			• Welche Veranstaltungen gibt es am Wochenende?

			/neu – neues Gespräch, /loeschen – Gespräch löschen, /hilfe – diese Hilfe.""";

	static final String TEXT_ONLY = "Ich kann leider nur Textnachrichten lesen. Bitte schreiben Sie mir Ihre Frage.";

	static final String FEEDBACK_THANKS = "Danke für Ihre Rückmeldung.";

	static final String NEW_CONVERSATION = "Gut, wir beginnen ein neues Gespräch. Was möchten Sie wissen?";

	static final String CONVERSATION_DELETED = "Ihr Gespräch ist gelöscht: Ihre Fragen und die Antworten sind nicht "
			+ "mehr gespeichert. Sie können jederzeit neu fragen.";

	static final String SLOW_DOWN = "Sie schreiben mir gerade sehr viele Nachrichten. Bitte warten Sie einen Moment, "
			+ "dann beantworte ich gern wieder Ihre Fragen.";

	private TelegramTexts() {
	}

}
