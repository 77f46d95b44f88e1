package de.rathausbot.privacy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** What redaction replaces in a citizen's message, and what it leaves alone. */
class PersonalDataTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Meine Mail ist max.mustermann@web.de, bitte melden | Meine Mail ist [E-MAIL], bitte melden
			schreiben Sie an anna-lena_2@stadt-ludwigsburg.de | schreiben Sie an [E-MAIL]
			IBAN DE89 3704 0044 0532 0130 00 für die Erstattung | IBAN [IBAN] für die Erstattung
			meine iban ist de89370400440532013000 | meine iban ist [IBAN]
			Steuer-ID 12 345 678 901 | Steuer-ID [STEUER-ID]
			Meine Identifikationsnummer: 12345678901 | Meine Identifikationsnummer: [STEUER-ID]
			Steuernummer 93/815/08152 | Steuernummer [STEUERNUMMER]
			Rufen Sie mich an: 07141 123456 | Rufen Sie mich an: [TELEFON]
			Tel. 0176/12345678 | Tel. [TELEFON]
			Meine Nummer ist 0176 12345678, danke | Meine Nummer ist [TELEFON], danke
			erreichbar unter +49 7141 910-0 | erreichbar unter [TELEFON]
			mobil 0049 151 2345 6789 bitte | mobil [TELEFON] bitte
			(07141) 910 2737 | [TELEFON]
			geboren am 03.04.1985 | [GEBURTSDATUM]
			Mein Geburtsdatum: 3.4.85, brauche Pass | Mein [GEBURTSDATUM], brauche Pass
			Ich bin am 3. April 1985 geboren | Ich bin am [GEBURTSDATUM] geboren
			I was born on 12.10.1990 | I was [GEBURTSDATUM]
			Ich wohne in der Hauptstraße 5a | Ich wohne in der [ADRESSE]
			Königsallee 12 und Schlossstr. 3 | [ADRESSE] und [ADRESSE]
			wohne Stuttgarter Straße 104 seit Mai | wohne [ADRESSE] seit Mai
			""")
	void replacesPersonalDataWithPlaceholders(String message, String stored) {
		assertThat(PersonalData.redact(message)).isEqualTo(stored);
	}

	@ParameterizedTest
	@ValueSource(strings = { "Kostet der Reisepass 37,00 €?", "Der Perso kostet 37,00 Euro, oder 22,80 €?",
			"Was ist am 14.06.2021 passiert?", "Veranstaltungen am 01.12.2026", "Hat das Rathaus um 08:00 offen?",
			"Gemeinderat 2026", "Ist die Wilhelmstraße gesperrt?", "Bus Linie 421 nach 71638 Ludwigsburg",
			"Zimmer 0.12 im Rathaus", "Ich brauche 2 Pässe für 3 Kinder", "Was kostet 1 Parkausweis für 12 Monate?",
			"Termin am 3.4. um 10 Uhr", "Hallo, ich bin Max" })
	void leavesAmountsDatesOfEventsAndOrdinaryNumbersAlone(String message) {
		assertThat(PersonalData.redact(message)).isEqualTo(message);
	}

	@org.junit.jupiter.api.Test
	void aLongRunOfDigitsIsNeitherAPhoneNumberNorSlowToCheck() {
		// a decimal number of 400 digits: the phone pattern must not try every split of
		// it
		String digits = "0" + "1234567890".repeat(40) + ",5";
		assertThat(PersonalData.redact(digits)).isEqualTo(digits);
	}

}
