package de.rathausbot.nlu;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which language a question is written in: German and English, which the content is
 * understood in, and Ukrainian, Arabic and Turkish, which get the honest fallback in
 * their language. A German question that names a person with Turkish letters stays
 * German.
 */
class LanguageDetectorTests {

	private final LanguageDetector detector = new LanguageDetector(new LanguageModels(TextAnalyzerTests.DEFAULTS));

	@Test
	void germanAndEnglish() {
		assertThat(this.detector.detect("Was kostet ein Reisepass?")).isEqualTo("de");
		assertThat(this.detector.detect("Hundesteuer")).isEqualTo("de");
		assertThat(this.detector.detect("Gewerbe anmelden")).isEqualTo("de");
		assertThat(this.detector.detect("How much is a passport?")).isEqualTo("en");
	}

	@Test
	void ukrainianArabicAndTurkishByTheirScriptOrLetters() {
		assertThat(this.detector.detect("Скільки коштує паспорт?")).isEqualTo("uk");
		assertThat(this.detector.detect("كم سعر جواز السفر؟")).isEqualTo("ar");
		assertThat(this.detector.detect("Pasaport ücreti ne kadar, nereye başvurmalıyım?")).isEqualTo("tr");
	}

	@Test
	void shortTurkishQuestionsByTheirQuestionWords() {
		assertThat(this.detector.detect("Pasaport ne kadar?")).isEqualTo("tr");
		assertThat(this.detector.detect("Kimlik kartı için hangi belgeler gerekli?")).isEqualTo("tr");
		assertThat(this.detector.detect("Wie viel kostet ein Pass?")).isEqualTo("de");
		assertThat(this.detector.detect("How much is a passport?")).isEqualTo("en");
	}

	@Test
	void aGermanQuestionNamingSomeoneWithTurkishLettersStaysGerman() {
		assertThat(this.detector.detect("Ich bin Ayşe Yılmaz und brauche einen Reisepass")).isEqualTo("de");
		assertThat(this.detector.detect("Reisepass für Ayşe")).isEqualTo("de");
	}

}
