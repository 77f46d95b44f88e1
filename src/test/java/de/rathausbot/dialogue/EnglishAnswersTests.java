package de.rathausbot.dialogue;

import java.time.ZonedDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the bot computes is said in English to an English question: opening hours now and
 * for the week with the next opening, contact facts, the fallback and a question back.
 * The demo Rathaus: Mo–Fr 8–12, Thursday also 14–18, closed on public holidays.
 */
@SpringBootTest
@ActiveProfiles("test")
class EnglishAnswersTests {

	private static final ZonedDateTime SUNDAY = ZonedDateTime.parse("2026-11-29T10:00:00+01:00[Europe/Berlin]");

	private static final ZonedDateTime THURSDAY_MORNING = ZonedDateTime
		.parse("2026-11-26T10:00:00+01:00[Europe/Berlin]");

	private static final ZonedDateTime THURSDAY_LUNCH = ZonedDateTime.parse("2026-11-26T12:30:00+01:00[Europe/Berlin]");

	private static final ZonedDateTime FRIDAY_EVENING = ZonedDateTime.parse("2026-11-27T19:00:00+01:00[Europe/Berlin]");

	@Autowired
	Dialogue dialogue;

	private String at(ZonedDateTime now, String question) {
		Answer answer = this.dialogue.answer(question, Optional.of("en"), now);
		assertThat(answer.language()).isEqualTo("en");
		return answer.text();
	}

	@Test
	void openNowSaysUntilWhenAndWhenItOpensAgainLater() {
		assertThat(at(THURSDAY_MORNING, "Is the town hall open now?"))
			.contains("Yes, open now – today (Thursday) until 12 pm.", "Open again later: 2 pm–6 pm.");
	}

	@Test
	void closedNowSaysWhenItOpensAgain() {
		assertThat(at(THURSDAY_LUNCH, "Is the town hall open now?"))
			.contains("No, closed at the moment. It opens again today at 2 pm.");
		assertThat(at(SUNDAY, "Is the town hall open now?"))
			.contains("It opens again tomorrow (Monday, 30 Nov 2026) at 8 am.");
		assertThat(at(FRIDAY_EVENING, "Is the town hall open now?"))
			.contains("It opens again on Monday, 30 Nov 2026 at 8 am.");
	}

	@Test
	void theWeekInEnglishWithHolidays() {
		assertThat(at(SUNDAY, "What are the opening hours of the town hall?"))
			.contains("Monday to Wednesday 8 am–12 pm; Thursday 8 am–12 pm and 2 pm–6 pm; Friday 8 am–12 pm;",
					"closed on public holidays.", "Closed now.")
			.doesNotContain("Uhr", "geschlossen");
	}

	@Test
	void contactFactsInEnglish() {
		assertThat(at(SUNDAY, "What is the phone number of the town hall?")).contains("– phone: 07141 910-0",
				"Opening hours: Monday to Wednesday");
	}

	@Test
	void everyAttributeOfAServiceInEnglish() {
		assertThat(at(MONDAY, "How long is the ID card valid?"))
			.contains("**ID card (Personalausweis)** – valid for: 10 years;");
		assertThat(at(MONDAY, "How long does a temporary ID card take?")).contains("– processing time: immediately");
		assertThat(at(MONDAY, "Can I apply for a certificate of good conduct online?"))
			.contains("– online: https://www.fuehrungszeugnis.bund.de");
		assertThat(at(MONDAY, "Can I get a passport online?")).contains("cannot be done online");
		assertThat(at(MONDAY, "By when do I have to register after moving?"))
			.contains("**Registration of residence (Anmeldung)**: within two weeks (14 days) of moving in.");
		assertThat(at(MONDAY, "Where do I apply for a passport?")).contains(
				"at Bürgerbüro (citizens' office) of the City of Ludwigsburg, Wilhelmstraße 11",
				"open now until 12 pm");
		assertThat(at(MONDAY, "Who is responsible for vehicle registration?"))
			.contains("Responsible for **Vehicle registration (Kfz-Zulassung)**:", "Registration of motor vehicles");
		assertThat(at(MONDAY, "How do I apply for a passport?")).contains("How it works – **Passport (Reisepass)**:",
				"1. book an appointment at the Bürgerbüro online", "Please bring:");
	}

	@Test
	void contactFactsAndADateWithItsClosingReasonInEnglish() {
		assertThat(at(MONDAY, "What is the fax number of the town hall?")).contains("– fax: 07141 910-2737");
		assertThat(at(MONDAY, "website of the town hall")).contains("on the web: https://www.ludwigsburg.de");
		ZonedDateTime advent = ZonedDateTime.parse("2026-12-20T10:00:00+01:00[Europe/Berlin]");
		assertThat(at(advent, "Is the town hall open on 24 December?"))
			.contains("closed on Thursday, 24 Dec 2026 (Heiligabend). It opens again on Monday, 28 Dec 2026 at 8 am.");
		assertThat(at(advent, "Is the town hall open on December 28th?"))
			.contains("Yes, open on Monday, 28 Dec 2026 until 12 pm");
	}

	@Test
	void theFallbackInEnglish() {
		assertThat(at(SUNDAY, "Tell me a joke about cats")).startsWith("Sorry, I can't answer that")
			.contains("will be glad to help:", "- Phone: 07141 910-0", "- Opening hours: Monday to Wednesday 8 am");
	}

	@Test
	void germanStaysAsItWas() {
		assertThat(this.dialogue.answer("Hat das Rathaus jetzt offen?", Optional.of("de"), THURSDAY_LUNCH).text())
			.contains("Nein, gerade geschlossen. Nächste Öffnung: heute, 14 Uhr.");
	}

	private static final ZonedDateTime MONDAY = ZonedDateTime.parse("2026-11-30T10:00:00+01:00[Europe/Berlin]");

	@Test
	void anEventSeriesWithItsRuleTimesAndNextDate() {
		assertThat(at(MONDAY, "When is the next city tour?")).contains(
				"takes place every Saturday from April to October from 2 pm to 3:30 pm in Tourist Information",
				"Next date: Saturday, 3 Apr 2027.");
		assertThat(at(MONDAY, "Is there a city tour this Saturday?"))
			.contains("does not take place on Saturday, 5 Dec 2026. Next date after that: Saturday, 3 Apr 2027.");
	}

	@Test
	void theEventsOfAMonthInEnglish() {
		assertThat(at(MONDAY, "Are there events in June?")).startsWith("Events in June 2027:")
			.contains("- on Saturday, 5 Jun 2027 from 2 pm to 3:30 pm:", "4 dates in this period",
					"every last Wednesday of the month");
	}

	@Test
	void cardsAndDownloadsAreLabelledInEnglish() {
		Answer answer = this.dialogue.answer("What is the address of the town hall?", Optional.of("en"), MONDAY);

		assertThat(answer.cards()).singleElement()
			.satisfies(card -> assertThat(card.facts()).extracting(Card.Fact::label)
				.contains("Address", "Phone", "E-mail", "Now"));
		assertThat(answer.sources()).extracting(Source::title).contains("Save contact");
	}

	@Test
	void aQuestionInALanguageTheContentHasNoTranslationsForGetsTheHonestFallbackInThatLanguage() {
		Answer ukrainian = this.dialogue.answer("Скільки коштує паспорт?", Optional.empty(), MONDAY);
		assertThat(ukrainian.outcome()).isEqualTo(Outcome.FALLBACK);
		assertThat(ukrainian.language()).isEqualTo("uk");
		assertThat(ukrainian.text()).startsWith("На жаль").contains("Телефон: 07141 910-0");

		Answer arabic = this.dialogue.answer("كم سعر جواز السفر؟", Optional.empty(), MONDAY);
		assertThat(arabic.language()).isEqualTo("ar");
		assertThat(arabic.text()).startsWith("عذراً").contains("07141 910-0");

		Answer germanInATurkishWidget = this.dialogue.answer("Was kostet ein Reisepass?", Optional.of("tr"), MONDAY);
		assertThat(germanInATurkishWidget.outcome()).as("a German question is understood").isEqualTo(Outcome.ANSWERED);
	}

	@Test
	void aTurkishQuestionIsMatchedThroughTheTurkishTranslationStaffWroteAndAnsweredInTurkish() {
		Answer turkish = this.dialogue.answer("Pasaport başvurusu için ne gerekiyor?", Optional.empty(), MONDAY);

		assertThat(turkish.language()).isEqualTo("tr");
		assertThat(turkish.intent()).contains("reisepass");
		assertThat(turkish.text()).contains("Pasaport (Reisepass)", "24 yaş ve üzeri", "70,00")
			.doesNotContain("Jahren", "only available");
		assertThat(turkish.quickReplies()).contains("Pasaport (Reisepass): Gerekli belgeler");

		assertThat(this.dialogue.answer("Pasaport (Reisepass): Gerekli belgeler", Optional.of("tr"), MONDAY).text())
			.as("the quick reply asks for the documents")
			.contains("biyometrik vesikalık fotoğraf");
	}

	@Test
	void aTranslatedServiceIsAnsweredInEnglishThroughout() {
		Answer passport = this.dialogue.answer("What do I need to bring for a passport?", Optional.of("en"), MONDAY);

		assertThat(passport.text()).contains("**Passport (Reisepass)** – please bring:", "a biometric passport photo")
			.doesNotContain("Passfoto", "only available in German");
		assertThat(passport.quickReplies()).contains("Passport (Reisepass): Cost", "Passport (Reisepass): Where?");
		assertThat(passport.cards()).singleElement()
			.satisfies(card -> assertThat(card.facts()).extracting(Card.Fact::value)
				.contains("€70.00 aged 24 and over, €37.50 under 24.",
						"Bürgerbüro (citizens' office) of the City of Ludwigsburg"));
		assertThat(at(MONDAY, "Passport (Reisepass): Cost")).as("the quick reply asks for the fee")
			.contains("€70.00 aged 24 and over");
		assertThat(at(MONDAY, "Are there events in June?")).as("event titles in lists are translated too")
			.contains("Public city tour \"Baroque town Ludwigsburg\"");
	}

	@Test
	void quickRepliesAndQuestionsBackNameItemsByTheirTranslatedNames() {
		Answer idCard = this.dialogue.answer("What does a new ID card cost?", Optional.of("en"), MONDAY);

		assertThat(idCard.quickReplies()).contains("Passport (Reisepass)",
				"Temporary ID card (vorläufiger Personalausweis)", "Book an appointment at the Bürgerbüro");
		assertThat(at(MONDAY, "Passport (Reisepass)")).as("a tapped quick reply is understood")
			.contains("**Passport (Reisepass)**");
		assertThat(this.dialogue.answer("Tell me a joke about cats", Optional.of("en"), MONDAY).quickReplies())
			.as("an intent's own English title; an item's English name")
			.containsExactly("Town hall opening hours", "ID card (Personalausweis)",
					"Book an appointment at the Bürgerbüro");
		assertThat(at(MONDAY, "Town hall opening hours")).as("a tapped English title is understood")
			.contains("Monday to Wednesday 8 am–12 pm");
	}

	@Test
	void whatTheCityWroteOnlyInGermanIsShownWithANoteSaying() {
		Answer temporary = this.dialogue.answer("Was kostet ein vorläufiger Personalausweis?", Optional.of("tr"),
				MONDAY);
		assertThat(temporary.text()).contains("Vorläufiger Personalausweis")
			.endsWith("(Bu bilgiler yalnızca Almanca olarak mevcuttur.)");
		assertThat(at(MONDAY, "What is the phone number of the town hall?")).as("a contact's facts need no translation")
			.doesNotContain("only available in German");
	}

}
