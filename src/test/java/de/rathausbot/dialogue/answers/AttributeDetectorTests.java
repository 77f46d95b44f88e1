package de.rathausbot.dialogue.answers;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.Event;
import de.rathausbot.knowledge.KnowledgeItem;
import de.rathausbot.knowledge.Service;
import de.rathausbot.nlu.GermanFolding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attribute a question asks for depends on what it is about: "Wo" is an address or a
 * place.
 */
class AttributeDetectorTests {

	private static final Service SERVICE = new Service("pass", "Reisepass", List.of(), "x", List.of(), Optional.empty(),
			List.of(), List.of(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
			Optional.empty(), Optional.empty(), Optional.empty());

	private static final Contact CONTACT = new Contact("rathaus", "Rathaus", List.of(), Optional.empty(),
			Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
			Optional.empty(), Optional.empty());

	private static final Event EVENT = new Event("tag", "Innovationstag",
			ZonedDateTime.of(2019, 10, 7, 9, 0, 0, 0, ZoneId.of("Europe/Berlin")), Optional.empty(), false,
			Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), Optional.empty());

	private static Optional<Attribute> detect(String question, KnowledgeItem item) {
		return AttributeDetector.detect(GermanFolding.fold(question), item);
	}

	@Test
	void findsWhatAServiceQuestionAsks() {
		assertThat(detect("Was kostet ein Reisepass?", SERVICE)).contains(Attribute.FEE);
		assertThat(detect("Ist die Ummeldung gebührenpflichtig?", SERVICE)).contains(Attribute.FEE);
		assertThat(detect("Was muss ich mitbringen?", SERVICE)).contains(Attribute.DOCUMENTS);
		assertThat(detect("Was brauche ich für den Pass?", SERVICE)).contains(Attribute.DOCUMENTS);
		assertThat(detect("Bis wann muss ich mich ummelden?", SERVICE)).contains(Attribute.DEADLINE);
		assertThat(detect("Wie lange ist er gültig?", SERVICE)).contains(Attribute.VALIDITY);
		assertThat(detect("Kann ich das online beantragen?", SERVICE)).contains(Attribute.ONLINE);
		assertThat(detect("Wo beantrage ich den Pass?", SERVICE)).contains(Attribute.WHERE);
		assertThat(detect("Wer ist für den Pass zuständig?", SERVICE)).contains(Attribute.RESPONSIBLE);
		assertThat(detect("Wie beantrage ich einen Pass?", SERVICE)).contains(Attribute.STEPS);
	}

	@Test
	void doesNotTakeANeedForAQuestionAboutDocuments() {
		assertThat(detect("Ich brauche einen neuen Reisepass", SERVICE)).isEmpty();
	}

	@Test
	void findsWhatAContactQuestionAsks() {
		assertThat(detect("Faxnummer Rathaus", CONTACT)).contains(Attribute.FAX);
		assertThat(detect("Telefonnummer Rathaus", CONTACT)).contains(Attribute.PHONE);
		assertThat(detect("Mailadresse vom Rathaus", CONTACT)).contains(Attribute.EMAIL);
		assertThat(detect("Wann ist das Rathaus offen?", CONTACT)).contains(Attribute.HOURS);
		assertThat(detect("Wo finde ich das Rathaus?", CONTACT)).contains(Attribute.ADDRESS);
		assertThat(detect("Postleitzahl Rathaus", CONTACT)).contains(Attribute.ADDRESS);
		assertThat(detect("Wer leitet das?", CONTACT)).contains(Attribute.PERSON);
	}

	@Test
	void findsWhatAnEventQuestionAsks() {
		assertThat(detect("Wo war der Innovationstag?", EVENT)).contains(Attribute.PLACE);
		assertThat(detect("Wann endet der Innovationstag?", EVENT)).contains(Attribute.TIME);
		assertThat(detect("Datum Innovationstag", EVENT)).contains(Attribute.DATE);
	}

}
