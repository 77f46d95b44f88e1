package de.rathausbot.handover;

/** What the bot says about a live chat, in German and English. */
final class LiveTexts {

	static final String OFFER_DE = "Mit einer Mitarbeiterin / einem Mitarbeiter chatten";

	static final String OFFER_EN = "Chat with a member of staff";

	static final String CALLBACK = "Rückruf anfordern";

	static final String CANCEL_DE = "Warten abbrechen";

	static final String CANCEL_EN = "Stop waiting";

	private LiveTexts() {
	}

	static boolean isOffer(String text) {
		return OFFER_DE.equalsIgnoreCase(text) || OFFER_EN.equalsIgnoreCase(text);
	}

	static boolean isCancel(String text) {
		return CANCEL_DE.equalsIgnoreCase(text) || CANCEL_EN.equalsIgnoreCase(text);
	}

	static boolean english(String text) {
		return OFFER_EN.equalsIgnoreCase(text) || CANCEL_EN.equalsIgnoreCase(text);
	}

	static String offer(String language) {
		return "en".equals(language) ? OFFER_EN : OFFER_DE;
	}

	static String cancel(boolean english) {
		return english ? CANCEL_EN : CANCEL_DE;
	}

	static String queued(int position, boolean english) {
		return english
				? "You are number " + position + " in the queue. A member of staff will be with you shortly;"
						+ " you can keep writing, they will read it."
				: "Sie sind in der Warteschlange auf **Platz " + position
						+ "**. Gleich ist eine Mitarbeiterin oder ein "
						+ "Mitarbeiter für Sie da; Sie können schon schreiben, sie lesen es dann.";
	}

	static String taken(String name) {
		return name + " ist jetzt für Sie da.";
	}

	static String returned() {
		return "Das Gespräch mit der Mitarbeiterin / dem Mitarbeiter ist beendet. Ich beantworte wieder Ihre Fragen.";
	}

	static String cancelled(boolean english) {
		return english ? "All right, you are no longer waiting. I will answer your questions again."
				: "In Ordnung, Sie warten nicht mehr. Ich beantworte wieder Ihre Fragen.";
	}

	static String callbackHowTo() {
		return "Gern rufen wir Sie zurück. Bitte tragen Sie im Chatfenster der Website Ihren Namen und Ihre "
				+ "Telefonnummer ein und stimmen Sie zu, dass wir sie dafür speichern dürfen.";
	}

	static String abandoned() {
		return "Leider konnte gerade niemand Ihr Gespräch übernehmen. Ich beantworte wieder Ihre Fragen – "
				+ "oder rufen Sie uns an.";
	}

}
