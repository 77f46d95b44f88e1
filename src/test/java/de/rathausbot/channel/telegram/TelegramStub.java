package de.rathausbot.channel.telegram;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A Bot API server for tests (JDK {@code HttpServer}, random port): hands out queued
 * updates to {@code getUpdates}, answers every method like Telegram, can answer "429"
 * first, and records every request.
 */
public final class TelegramStub implements AutoCloseable {

	public static final String TOKEN = "123456:TEST-token";

	record Request(String method, String body, long atMillis) {
	}

	private final HttpServer server;

	private final List<Request> requests = new CopyOnWriteArrayList<>();

	private final List<String> updates = new CopyOnWriteArrayList<>();

	private final List<String> replays = new CopyOnWriteArrayList<>();

	private final AtomicInteger tooManyRequests = new AtomicInteger();

	private final AtomicInteger messageIds = new AtomicInteger(100);

	private static final Pattern OFFSET = Pattern.compile("\"offset\"\\s*:\\s*(\\d+)");

	private static final Pattern UPDATE_ID = Pattern.compile("\"update_id\"\\s*:\\s*(\\d+)");

	/** A stub on a random port, started. */
	public static TelegramStub started() {
		try {
			return new TelegramStub();
		}
		catch (IOException ex) {
			throw new IllegalStateException("the stub Bot API server did not start", ex);
		}
	}

	TelegramStub() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		this.server.createContext("/bot" + TOKEN + "/", this::handle);
		this.server.start();
	}

	public String baseUrl() {
		return "http://localhost:" + this.server.getAddress().getPort();
	}

	/** An update to hand out once its id is at or after the offset asked for. */
	void queue(String updateJson) {
		this.updates.add(updateJson);
	}

	/**
	 * An update to hand out again, whatever the offset (as after a lost confirmation).
	 */
	void replay(String updateJson) {
		this.replays.add(updateJson);
	}

	/**
	 * The next {@code times} sends are answered "429 Too Many Requests, retry after 1".
	 */
	void tooManyRequests(int times) {
		this.tooManyRequests.set(times);
	}

	List<Request> requests(String method) {
		return this.requests.stream().filter(r -> r.method().equalsIgnoreCase(method)).toList();
	}

	List<Request> requests() {
		return List.copyOf(this.requests);
	}

	private void handle(HttpExchange exchange) throws IOException {
		String path = exchange.getRequestURI().getPath();
		// the library writes some method names in lower case ("getupdates")
		String method = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
		String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		this.requests.add(new Request(method, body, System.currentTimeMillis()));
		if (method.startsWith("send") && this.tooManyRequests.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
			respond(exchange, 429,
					"{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 1\","
							+ "\"parameters\":{\"retry_after\":1}}");
			return;
		}
		String result = switch (method) {
			case "getupdates" -> updates(body);
			case "getme" ->
				"{\"id\":999,\"is_bot\":true,\"first_name\":\"Rathausbot\",\"username\":\"rathaus_test_bot\"}";
			case "sendmessage", "senddocument" -> "{\"message_id\":" + this.messageIds.incrementAndGet()
					+ ",\"date\":1700000000,\"chat\":{\"id\":42,\"type\":\"private\"}}";
			default -> "true";
		};
		respond(exchange, 200, "{\"ok\":true,\"result\":" + result + "}");
	}

	private String updates(String body) {
		Matcher offset = OFFSET.matcher(body);
		long from = offset.find() ? Long.parseLong(offset.group(1)) : 0;
		List<String> due = new ArrayList<>(this.replays);
		this.replays.clear();
		for (String update : this.updates) {
			Matcher id = UPDATE_ID.matcher(update);
			if (id.find() && Long.parseLong(id.group(1)) >= from) {
				due.add(update);
			}
		}
		if (due.isEmpty()) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return "[" + String.join(",", due) + "]";
	}

	private static void respond(HttpExchange exchange, int status, String json) throws IOException {
		byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		exchange.sendResponseHeaders(status, bytes.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(bytes);
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	public static String message(long updateId, long chatId, String chatType, String text) {
		return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId
				+ ",\"date\":1700000000,\"chat\":{\"id\":" + chatId + ",\"type\":\"" + chatType + "\"},"
				+ "\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"Anna\"},\"text\":" + quoted(text) + "}}";
	}

	static String sticker(long updateId, long chatId) {
		return "{\"update_id\":" + updateId + ",\"message\":{\"message_id\":" + updateId
				+ ",\"date\":1700000000,\"chat\":{\"id\":" + chatId + ",\"type\":\"private\"},"
				+ "\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"Anna\"},"
				+ "\"sticker\":{\"file_id\":\"s1\",\"file_unique_id\":\"u1\",\"type\":\"regular\",\"width\":512,"
				+ "\"height\":512,\"is_animated\":false,\"is_video\":false}}}";
	}

	static String callback(long updateId, long chatId, String data) {
		return "{\"update_id\":" + updateId + ",\"callback_query\":{\"id\":\"cb" + updateId + "\","
				+ "\"from\":{\"id\":7,\"is_bot\":false,\"first_name\":\"Anna\"},\"chat_instance\":\"ci\"," + "\"data\":"
				+ quoted(data) + ",\"message\":{\"message_id\":50,\"date\":1700000000," + "\"chat\":{\"id\":" + chatId
				+ ",\"type\":\"private\"}}}}";
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
