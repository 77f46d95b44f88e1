package de.rathausbot.generation;

import java.util.List;

import de.rathausbot.generation.FactCheck.Verdict.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing the model writes is shown unless the passages it cites say it. */
class FactCheckTests {

	private static final List<SourcePassage> PASSAGES = List.of(
			new SourcePassage("Umzug – Bürgerbüro", "https://www.ludwigsburg.de/umzug",
					"Das Bürgerbüro ist im Rathaus, Wilhelmstraße 11. Montag bis Freitag: 8–12 Uhr, "
							+ "Donnerstag 14.30–18.00 Uhr. Telefon: 07141 910-0, E-Mail: rathaus@ludwigsburg.de. "
							+ "Die Anmeldung ist kostenlos; eine Meldebescheinigung kostet 7,50 €."),
			new SourcePassage("Umzug – Fristen", null,
					"Sie haben zwei Wochen (14 Tage) nach dem Einzug Zeit. Termine unter https://termine.ludwigsburg.de"));

	private final FactCheck check = new FactCheck();

	@Test
	void acceptsAnAnswerWhoseEverySentenceCitesAPassageThatHasItsFacts() {
		var verdict = this.check.check("""
				Die Anmeldung im Bürgerbüro ist kostenlos, eine Meldebescheinigung kostet 7,50 € [1].
				Dafür haben Sie 14 Tage Zeit [2]. Das Bürgerbüro hat donnerstags von 14:30 bis 18 Uhr geöffnet [1].
				Sie erreichen es unter 07141 910-0 oder rathaus@ludwigsburg.de [1].""", PASSAGES);

		assertThat(verdict.kind()).as(verdict.reason()).isEqualTo(Kind.ACCEPTED);
		assertThat(verdict.cited()).containsExactlyInAnyOrder(1, 2);
	}

	@Test
	void rejectsAFeeThePassagesDoNotHave() {
		var verdict = this.check.check("Eine Meldebescheinigung kostet 9,50 € [1].", PASSAGES);

		assertThat(verdict.kind()).isEqualTo(Kind.REJECTED);
		assertThat(verdict.reason()).isEqualTo("die Zahl 9,50 steht nicht in den Quellen [1]");
	}

	@Test
	void aFactMustBeInThePassageTheSentenceCitesNotInAnotherOne() {
		var verdict = this.check.check("Sie haben 14 Tage Zeit [1].", PASSAGES);

		assertThat(verdict.kind()).isEqualTo(Kind.REJECTED);
		assertThat(verdict.reason()).contains("14");
	}

	@Test
	void rejectsASentenceWithoutSourceOrWithASourceThatDoesNotExist() {
		assertThat(this.check.check("Die Anmeldung ist kostenlos [1]. Bringen Sie Geduld mit.", PASSAGES).reason())
			.isEqualTo("Satz ohne Quellenangabe: „Bringen Sie Geduld mit.“");
		assertThat(this.check.check("Die Anmeldung ist kostenlos [3].", PASSAGES).reason())
			.isEqualTo("Quelle [3] gibt es nicht");
	}

	@Test
	void rejectsAPhoneNumberAnEmailAddressOrALinkThePassagesDoNotHave() {
		assertThat(this.check.check("Rufen Sie 07141 910-1234 an [1].", PASSAGES).reason())
			.startsWith("die Telefonnummer 07141 910-1234");
		assertThat(this.check.check("Schreiben Sie an buergerbuero@ludwigsburg.de [1].", PASSAGES).reason())
			.startsWith("die E-Mail-Adresse buergerbuero@ludwigsburg.de");
		assertThat(this.check.check("Termine: https://www.ludwigsburg.de/termine [2].", PASSAGES).reason())
			.startsWith("der Link https://www.ludwigsburg.de/termine");
		assertThat(this.check.check("Termine gibt es unter https://termine.ludwigsburg.de [2].", PASSAGES).reason())
			.isEmpty();
		assertThat(this.check.check("Sie erreichen das Bürgerbüro unter +49 7141 9100 [1].", PASSAGES).reason())
			.isEmpty();
	}

	@Test
	void abbreviationsAndOrdinalsDoNotEndASentenceAndACitationAfterThePeriodBelongsToIt() {
		assertThat(FactCheck.sentences("Bringen Sie z. B. den Pass mit [1]. Am 24. Dezember ist zu [1]."))
			.containsExactly("Bringen Sie z. B. den Pass mit [1].", "Am 24. Dezember ist zu [1].");
		assertThat(FactCheck.sentences("Die Anmeldung ist kostenlos. [1]\n- Montag bis Freitag 8–12 Uhr [1]"))
			.containsExactly("Die Anmeldung ist kostenlos. [1]", "Montag bis Freitag 8–12 Uhr [1]");
	}

	@Test
	void numbersCompareByTheirDigitsWhateverTheSeparator() {
		assertThat(FactCheck.number("08:30")).isEqualTo(FactCheck.number("8.30"));
		assertThat(FactCheck.number("70,00")).isEqualTo("70");
		assertThat(FactCheck.number("24.12.")).isEqualTo("24.12");
		assertThat(FactCheck.number("7,50")).isEqualTo("7.50");
	}

	@Test
	void theModelSayingThePassagesDoNotAnswerIsARefusal() {
		assertThat(this.check.check("KEINE ANTWORT", PASSAGES).kind()).isEqualTo(Kind.REFUSED);
		assertThat(this.check.check("Das kann ich leider nicht beantworten.", PASSAGES).kind()).isEqualTo(Kind.REFUSED);
		assertThat(this.check.check("  ", PASSAGES).kind()).isEqualTo(Kind.REJECTED);
	}

}
