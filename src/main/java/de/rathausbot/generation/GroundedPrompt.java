package de.rathausbot.generation;

import java.util.List;

/**
 * What the model is asked: to answer a citizen's question only from the numbered
 * passages, in plain language, citing each sentence's passage as {@code [1]}, and to say
 * {@value #NO_ANSWER} when the passages do not answer it.
 */
record GroundedPrompt(String question, List<SourcePassage> passages, String language) {

	/** What the model writes when the passages do not answer the question. */
	static final String NO_ANSWER = "KEINE ANTWORT";

	GroundedPrompt {
		passages = List.copyOf(passages);
	}

	String instructions() {
		String reply = "en".equals(this.language) ? "in plain English"
				: "in einfachem, freundlichem Deutsch (Sie-Form)";
		return """
				Du beantwortest Fragen von Bürgerinnen und Bürgern für die Stadtverwaltung.
				Antworte ausschließlich mit Informationen aus den nummerierten Textstellen, %s, in höchstens vier kurzen Sätzen.
				Jeder Satz endet mit der Nummer der Textstelle, aus der er stammt, in eckigen Klammern, zum Beispiel [1].
				Übernimm Zahlen, Beträge, Daten, Uhrzeiten, Telefonnummern, E-Mail-Adressen und Links genau so, wie sie in den Textstellen stehen.
				Erfinde nichts und ergänze kein Wissen von außerhalb der Textstellen.
				Wenn die Textstellen die Frage nicht beantworten, antworte nur: %s"""
			.formatted(reply, NO_ANSWER);
	}

	String message() {
		StringBuilder text = new StringBuilder("Textstellen:\n");
		for (int i = 0; i < this.passages.size(); i++) {
			SourcePassage passage = this.passages.get(i);
			text.append("\n[")
				.append(i + 1)
				.append("] ")
				.append(passage.title())
				.append('\n')
				.append(passage.text())
				.append('\n');
		}
		return text.append("\nFrage: ").append(this.question).toString();
	}

}
