package de.rathausbot.conversation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flyway schema and the repositories, run against each supported database by a
 * subclass: Hibernate validates the entities against the migrated schema, and the queries
 * run for real.
 */
abstract class ConversationRepositoriesTests {

	@Autowired
	ConversationRepository conversations;

	@Autowired
	ConversationMessageRepository messages;

	@Test
	void storesConversationsAndTheirMessagesInOrder() {
		Instant start = Instant.parse("2026-11-26T14:00:00Z");
		this.conversations.saveAndFlush(new Conversation("conversation-1", "web", start));
		Answer first = new Answer("Ja, jetzt geöffnet.", Outcome.ANSWERED, "rathaus-oeffnungszeiten", 0.91, "de",
				List.of(), List.of());
		Answer second = new Answer("Dazu kann ich leider nichts sagen.", Outcome.FALLBACK, null, 0.12, "de", List.of(),
				List.of());
		this.messages
			.saveAndFlush(new ConversationMessage("m2", "conversation-1", start.plusSeconds(30), "Wetter?", second));
		this.messages.saveAndFlush(new ConversationMessage("m1", "conversation-1", start, "Rathaus offen?", first));

		List<ConversationMessage> stored = this.messages.findByConversationIdOrderByCreatedAt("conversation-1");

		assertThat(stored).extracting(ConversationMessage::question).containsExactly("Rathaus offen?", "Wetter?");
		assertThat(stored.get(0).intent()).isEqualTo("rathaus-oeffnungszeiten");
		assertThat(stored.get(0).confidence()).isEqualTo(0.91);
		assertThat(stored.get(0).outcome()).isEqualTo(Outcome.ANSWERED);
		assertThat(stored.get(1).intent()).isNull();
		assertThat(stored.get(1).outcome()).isEqualTo(Outcome.FALLBACK);
		assertThat(stored.get(1).createdAt()).isEqualTo(start.plusSeconds(30).truncatedTo(ChronoUnit.MICROS));
	}

	@Test
	void keepsLongAnswersAndUpdatesTheLastActivity() {
		Instant start = Instant.parse("2026-11-26T14:00:00Z");
		Conversation conversation = this.conversations
			.saveAndFlush(new Conversation("conversation-2", "telegram", start));
		conversation.touch(start.plusSeconds(600));
		this.conversations.saveAndFlush(conversation);
		String longAnswer = "x".repeat(9000);
		this.messages.saveAndFlush(new ConversationMessage("m3", "conversation-2", start, "q".repeat(1000),
				new Answer(longAnswer, Outcome.ANSWERED, "a", 0.5, "en", List.of(), List.of())));

		assertThat(this.conversations.findById("conversation-2")).get()
			.satisfies(c -> assertThat(c.lastActivityAt()).isEqualTo(start.plusSeconds(600)))
			.satisfies(c -> assertThat(c.channel()).isEqualTo("telegram"));
		assertThat(this.messages.findById("m3")).get().satisfies(m -> assertThat(m.answer()).hasSize(9000));
	}

}
