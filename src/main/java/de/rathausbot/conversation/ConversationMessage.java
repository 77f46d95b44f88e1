package de.rathausbot.conversation;

import de.rathausbot.dialogue.Answer;
import de.rathausbot.dialogue.Outcome;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One question and the bot's answer, kept for the staff inbox and analytics. */
@Entity
@Table(name = "conversation_message")
class ConversationMessage {

	@Id
	private String id;

	@Column(name = "conversation_id", nullable = false)
	private String conversationId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(nullable = false, length = 1000)
	private String question;

	@Column(nullable = false, length = 10000)
	private String answer;

	private String intent;

	@Column(nullable = false)
	private double confidence;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Outcome outcome;

	@Column(nullable = false)
	private String language;

	protected ConversationMessage() {
	}

	ConversationMessage(String id, String conversationId, Instant createdAt, String question, Answer answer) {
		this.id = id;
		this.conversationId = conversationId;
		this.createdAt = createdAt;
		this.question = question;
		this.answer = answer.text();
		this.intent = answer.intent();
		this.confidence = answer.confidence();
		this.outcome = answer.outcome();
		this.language = answer.language();
	}

	String id() {
		return this.id;
	}

	String conversationId() {
		return this.conversationId;
	}

	Instant createdAt() {
		return this.createdAt;
	}

	String question() {
		return this.question;
	}

	String answer() {
		return this.answer;
	}

	String intent() {
		return this.intent;
	}

	double confidence() {
		return this.confidence;
	}

	Outcome outcome() {
		return this.outcome;
	}

	String language() {
		return this.language;
	}

}
