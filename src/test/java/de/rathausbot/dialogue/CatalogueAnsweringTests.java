package de.rathausbot.dialogue;

import java.time.ZonedDateTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service catalogue (as import-catalogue writes one) with the starter intents: everyday
 * words find the administration's services, a family of services is asked back about in
 * one question, and a near miss is declined rather than answered with another service's
 * facts.
 */
@SpringBootTest(properties = { "rathausbot.knowledge.location=classpath:catalogue/knowledge/",
		"rathausbot.intents.location=classpath:starter/intents/",
		"spring.datasource.url=jdbc:h2:mem:catalogue-answering" })
@ActiveProfiles("test")
class CatalogueAnsweringTests {

	private static final ZonedDateTime WEDNESDAY_MORNING = ZonedDateTime.parse("2026-11-25T10:00:00+01:00");

	@Autowired
	Dialogue dialogue;

	private Answer answer(String text) {
		return this.dialogue.answer(text, Optional.empty(), WEDNESDAY_MORNING);
	}

	@Test
	void findsTheServiceOfEverydayWords() {
		assertThat(answer("Meine Nummernschilder wurden geklaut").intent())
			.isEqualTo("service:verlust-oder-diebstahl-der-kennzeichenschilder");
		assertThat(answer("Ich möchte aus der Kirche austreten").intent()).isEqualTo("service:kirchenaustritt");
		assertThat(answer("Ich habe ein neues Auto gekauft, wie melde ich es an?").intent())
			.isEqualTo("service:anmeldung-fabrikneues-fahrzeug");
	}

	@Test
	void asksAboutAFamilyOfServicesInOneQuestion() {
		Answer answer = answer("Ich brauche einen Pass");

		assertThat(answer.outcome()).isEqualTo(Outcome.CLARIFIED);
		assertThat(answer.text()).isEqualTo("Worum genau geht es Ihnen beim Thema **Reisepass**?");
		assertThat(answer.quickReplies()).hasSizeGreaterThan(1)
			.contains("Reisepass")
			.allSatisfy(title -> assertThat(title).contains("Reisepass"));
		assertThat(answer.options()).hasSameSizeAs(answer.quickReplies()).contains("service:reisepass");
	}

	@Test
	void answersTheNameOfOneOfSeveralOfficesWithTheSameNameOnce() {
		Answer answer = answer("Bürgerbüro Ruppertstraße");

		assertThat(answer.outcome()).isEqualTo(Outcome.ANSWERED);
		assertThat(answer.text()).containsOnlyOnce("Bürgerbüro Ruppertstraße");
	}

	@Test
	void answersTheServiceTheCitizenNamesWhenItsFamilyIsEquallyLikely() {
		assertThat(answer("Reisepass").intent()).isEqualTo("service:reisepass");
		assertThat(answer("Ich brauche einen vorläufigen Reisepass").intent())
			.isEqualTo("service:vorlaeufiger-reisepass");
	}

	@Test
	void declinesANearMissInsteadOfAnsweringWithAnotherServicesFacts() {
		assertThat(answer("Wo bezahle ich die Hundesteuer?").outcome()).isEqualTo(Outcome.FALLBACK);
		assertThat(answer("Wie beantrage ich Wohngeld?").outcome()).isEqualTo(Outcome.FALLBACK);
		assertThat(answer("Ausweis für die Stadtbibliothek").outcome()).isEqualTo(Outcome.FALLBACK);
	}

	@Test
	void declinesWhatNoServiceIsAbout() {
		assertThat(answer("Wie wird das Wetter morgen?").outcome()).isEqualTo(Outcome.FALLBACK);
		assertThat(answer("Erzähl mir einen Witz").outcome()).isEqualTo(Outcome.FALLBACK);
	}

}
