package de.rathausbot.dialogue;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A family of services is named by the word all their names share. */
class ClarificationTests {

	@Test
	void namesTheFamilyByTheWordEveryTitleHas() {
		assertThat(
				Clarification.family(List.of("Reisepass", "Vorläufiger Reisepass", "Verlust oder Diebstahl Reisepass")))
			.isEqualTo("Reisepass");
		assertThat(Clarification
			.family(List.of("Umschreibung EU/EWR-Führerschein", "Umschreibung eines ausländischen Führerscheins")))
			.isIn("Umschreibung", "Führerschein");
		assertThat(
				Clarification.family(List.of("Hinterbliebenenrente (Telefon-Termin)", "Altersrente (Telefon-Termin)")))
			.isEqualTo("Telefon");
	}

	@Test
	void findsNoFamilyWhereTheTitlesShareNoWord() {
		assertThat(Clarification.family(List.of("Kirchenaustritt", "Sterbeurkunde"))).isNull();
		assertThat(Clarification.family(List.of("Meldebescheinigung", "Wohnsitz abmelden"))).isNull();
	}

}
