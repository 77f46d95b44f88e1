package de.rathausbot.handover;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Events for the widget: each open stream is sent the live chat's new
 * messages about once a second, read from the database (so a staff member's message
 * written on another instance arrives too). A stream lasts at most {@link #LIFETIME}; the
 * browser reconnects with the last message id it got.
 */
@Component
class LiveStreams implements DisposableBean {

	static final Duration LIFETIME = Duration.ofMinutes(5);

	/** At most this many open streams per instance; more get 503 and poll instead. */
	static final int MAX = 1000;

	private final Map<SseEmitter, Cursor> open = new ConcurrentHashMap<>();

	private final LiveMessages messages;

	private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(work -> {
		Thread thread = new Thread(work, "live-chat-streams");
		thread.setDaemon(true);
		return thread;
	});

	LiveStreams(LiveMessages messages) {
		this.messages = messages;
		this.poller.scheduleWithFixedDelay(this::pushAll, 1, 1, TimeUnit.SECONDS);
	}

	/** Where a stream is: its conversation and the last message it was sent. */
	private static final class Cursor {

		private final String conversationId;

		private volatile String after;

		Cursor(String conversationId, String after) {
			this.conversationId = conversationId;
			this.after = after;
		}

	}

	/** A message as the citizen's channels get it. */
	record MessageView(String messageId, String from, String text, String at, boolean ends) {

		static MessageView of(LiveMessage message) {
			return new MessageView(message.messageId(), message.from(), message.text(), message.at().toString(),
					message.ends());
		}

	}

	/**
	 * @return null when too many streams are open
	 */
	SseEmitter open(String conversationId, String after) {
		if (this.open.size() >= MAX) {
			return null;
		}
		SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
		this.open.put(emitter, new Cursor(conversationId, after));
		emitter.onCompletion(() -> this.open.remove(emitter));
		emitter.onTimeout(() -> {
			this.open.remove(emitter);
			emitter.complete();
		});
		emitter.onError(error -> this.open.remove(emitter));
		return emitter;
	}

	private void pushAll() {
		this.open.forEach((emitter, cursor) -> {
			try {
				List<LiveMessage> news = this.messages.forCitizen(cursor.conversationId, cursor.after);
				for (LiveMessage message : news) {
					emitter.send(SseEmitter.event()
						.id(message.messageId())
						.name("message")
						.data(MessageView.of(message), MediaType.APPLICATION_JSON));
					cursor.after = message.messageId();
				}
			}
			catch (IOException | RuntimeException ex) {
				// the browser went away, or the database is not reachable: it reconnects
				this.open.remove(emitter);
				emitter.completeWithError(ex);
			}
		});
	}

	@Override
	public void destroy() {
		this.poller.shutdownNow();
		this.open.keySet().forEach(emitter -> {
			try {
				emitter.complete();
			}
			catch (RuntimeException ex) {
				// its response is gone already
			}
		});
		this.open.clear();
	}

}
