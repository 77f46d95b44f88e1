package de.rathausbot.conversation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A pseudonymous conversation: an id, the channel and when it was active. */
@Entity
@Table(name = "conversation")
class Conversation {

	@Id
	private String id;

	@Column(nullable = false)
	private String channel;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "last_activity_at", nullable = false)
	private Instant lastActivityAt;

	protected Conversation() {
	}

	Conversation(String id, String channel, Instant startedAt) {
		this.id = id;
		this.channel = channel;
		this.startedAt = startedAt;
		this.lastActivityAt = startedAt;
	}

	String id() {
		return this.id;
	}

	String channel() {
		return this.channel;
	}

	Instant startedAt() {
		return this.startedAt;
	}

	Instant lastActivityAt() {
		return this.lastActivityAt;
	}

	void touch(Instant at) {
		this.lastActivityAt = at;
	}

}
