package de.rathausbot.channel.telegram;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode: registers {@code rathausbot.telegram.webhook-url} with its secret once at
 * start-up, and takes Telegram's updates at {@code POST /api/telegram/webhook}. A request
 * without the secret in {@code X-Telegram-Bot-Api-Secret-Token} gets 401 before its body
 * is read; a body over 256 KB gets 413.
 */
@RestController
@ConditionalOnExpression("!'${rathausbot.telegram.token:}'.isBlank()")
@ConditionalOnProperty(name = "rathausbot.telegram.mode", havingValue = "webhook")
class TelegramWebhook implements SmartLifecycle {

	static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";

	private static final Logger log = LoggerFactory.getLogger(TelegramWebhook.class);

	private static final ObjectMapper JSON = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

	private final TelegramProperties properties;

	private final String secret;

	private final TelegramSender sender;

	private final TelegramUpdates updates;

	private volatile boolean running;

	TelegramWebhook(TelegramProperties properties, TelegramSender sender, TelegramUpdates updates) {
		this.properties = properties;
		this.secret = properties.webhookSecret().isBlank() ? randomSecret() : properties.webhookSecret();
		this.sender = sender;
		this.updates = updates;
	}

	/**
	 * Telegram's updates are a few kilobytes; anything far larger is not from Telegram.
	 */
	static final int MAX_BODY = 256 * 1024;

	/**
	 * The secret is checked before the body is read, and the body is read only up to
	 * {@link #MAX_BODY} (413 beyond it).
	 */
	@PostMapping("/api/telegram/webhook")
	ResponseEntity<Map<String, String>> receive(@RequestHeader(name = SECRET_HEADER, required = false) String given,
			jakarta.servlet.http.HttpServletRequest request) throws java.io.IOException {
		if (!TelegramStore.sameSecret(this.secret, given)) {
			return refused(HttpStatus.UNAUTHORIZED, "missing or wrong " + SECRET_HEADER);
		}
		if (request.getContentLengthLong() > MAX_BODY) {
			return refused(HttpStatus.CONTENT_TOO_LARGE, "an update is at most " + MAX_BODY / 1024 + " KB");
		}
		byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
		if (body.length > MAX_BODY) {
			return refused(HttpStatus.CONTENT_TOO_LARGE, "an update is at most " + MAX_BODY / 1024 + " KB");
		}
		if (body.length == 0) {
			return refused(HttpStatus.BAD_REQUEST, "the body is empty: send a Telegram update");
		}
		Update update;
		try {
			update = JSON.readValue(body, Update.class);
		}
		catch (com.fasterxml.jackson.core.JacksonException ex) {
			log.warn("Telegram webhook: not an update: {}", ex.getOriginalMessage());
			return refused(HttpStatus.BAD_REQUEST, "not a Telegram update");
		}
		if (update == null) {
			return refused(HttpStatus.BAD_REQUEST, "not a Telegram update (null)");
		}
		this.updates.handle(update);
		return ResponseEntity.ok().build();
	}

	private static ResponseEntity<Map<String, String>> refused(HttpStatus status, String error) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", error));
	}

	/** Telegram allows A-Z, a-z, 0-9, "_" and "-" in the secret. */
	private static String randomSecret() {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public void start() {
		if (this.properties.webhookUrl().isBlank()) {
			throw new IllegalStateException(
					"rathausbot.telegram.mode=webhook needs rathausbot.telegram.webhook-url (the public HTTPS address of /api/telegram/webhook)");
		}
		boolean set = this.sender.send(SetWebhook.builder()
			.url(this.properties.webhookUrl())
			.secretToken(this.secret)
			.allowedUpdates(java.util.List.of("message", "callback_query"))
			.build());
		log.info("Telegram: webhook {} {}", this.properties.webhookUrl(), set ? "registered" : "NOT registered");
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
