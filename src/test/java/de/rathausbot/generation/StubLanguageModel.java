package de.rathausbot.generation;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpServer;

/**
 * An OpenAI-compatible chat completions server for tests (the JDK's HttpServer): answers
 * {@code POST /v1/chat/completions} with what {@link #answer} makes of the request's last
 * message, or with an error status, or only after a delay; keeps every request body.
 */
public final class StubLanguageModel implements AutoCloseable {

	private final HttpServer server;

	private final List<String> requests = new CopyOnWriteArrayList<>();

	private volatile UnaryOperator<String> answer = prompt -> "KEINE ANTWORT";

	private volatile int status = 200;

	private volatile Duration delay = Duration.ZERO;

	public StubLanguageModel() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
		this.server.setExecutor(Executors.newCachedThreadPool());
		this.server.createContext("/v1/chat/completions", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			this.requests.add(body);
			try {
				Thread.sleep(this.delay.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			byte[] response = (this.status == 200 ? completion(this.answer.apply(lastMessage(body)))
					: "{\"error\":{\"message\":\"model overloaded\",\"type\":\"server_error\"}}")
				.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "application/json");
			exchange.sendResponseHeaders(this.status, response.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(response);
			}
		});
		this.server.start();
	}

	/** The base URL to configure ({@code rathausbot.llm.base-url}). */
	public String url() {
		return "http://localhost:" + this.server.getAddress().getPort() + "/v1";
	}

	/**
	 * From now on answers with what the function makes of the prompt (the user message).
	 */
	public StubLanguageModel answer(UnaryOperator<String> answer) {
		this.answer = answer;
		this.status = 200;
		this.delay = Duration.ZERO;
		return this;
	}

	public StubLanguageModel failWith(int status) {
		this.status = status;
		return this;
	}

	public StubLanguageModel answerAfter(Duration delay) {
		this.delay = delay;
		return this;
	}

	/** The request bodies received, oldest first. */
	public List<String> requests() {
		return this.requests;
	}

	/** The first line of passage [n] in a prompt. */
	public static String passageLine(String prompt, int n) {
		Matcher m = Pattern.compile("\\[" + n + "\\] [^\\n]*\\n([^\\n]+)").matcher(prompt);
		return m.find() ? m.group(1) : "";
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private static String lastMessage(String body) {
		Matcher content = Pattern.compile("\"content\"\\s*:\\s*\"((?:[^\"\\\\]++|\\\\.)*+)\"").matcher(body);
		String last = "";
		while (content.find()) {
			last = content.group(1);
		}
		return unescape(last);
	}

	private static String completion(String text) {
		return "{\"id\":\"chatcmpl-stub\",\"object\":\"chat.completion\",\"created\":1764460800,\"model\":\"stub\","
				+ "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\"" + escape(text)
				+ "\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":10,\"completion_tokens\":10,"
				+ "\"total_tokens\":20}}";
	}

	private static String escape(String text) {
		StringBuilder out = new StringBuilder();
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return out.toString();
	}

	private static String unescape(String json) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (c != '\\' || i + 1 == json.length()) {
				out.append(c);
				continue;
			}
			char next = json.charAt(++i);
			switch (next) {
				case 'n' -> out.append('\n');
				case 't' -> out.append('\t');
				case 'r' -> out.append('\r');
				case 'u' -> {
					out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
					i += 4;
				}
				default -> out.append(next);
			}
		}
		return out.toString();
	}

}
