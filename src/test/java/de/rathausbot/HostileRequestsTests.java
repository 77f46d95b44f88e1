package de.rathausbot;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import de.rathausbot.channel.telegram.TelegramStub;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random and hostile requests at every public endpoint of a running server (chat,
 * feedback, deleting a conversation, the knowledge API, downloads, the Telegram webhook):
 * odd JSON, any Unicode, huge sizes, made-up ids and query values. None of them gets a
 * 5xx, every 4xx carries a readable JSON {@code error}, and afterwards the bot still
 * answers a normal question.
 */
class HostileRequestsTests {

	private static final String WEBHOOK_SECRET = "s3cr3t-Token_42";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static ConfigurableApplicationContext server;

	private static TelegramStub telegram;

	private static String base;

	@BeforeContainer
	static void startTheServer() {
		telegram = TelegramStub.started();
		server = new SpringApplicationBuilder(RathausbotApplication.class).profiles("test")
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:hostile-requests;DB_CLOSE_DELAY=-1",
					"--rathausbot.telegram.token=" + TelegramStub.TOKEN,
					"--rathausbot.telegram.base-url=" + telegram.baseUrl(), "--rathausbot.telegram.mode=webhook",
					"--rathausbot.telegram.webhook-url=https://bot.example.org/api/telegram/webhook",
					"--rathausbot.telegram.webhook-secret=" + WEBHOOK_SECRET);
		base = "http://localhost:" + server.getEnvironment().getProperty("local.server.port");
	}

	@AfterContainer
	static void theBotStillAnswersAndStops() throws Exception {
		try {
			HttpResponse<String> normal = send(HttpRequest.newBuilder(URI.create(base + "/api/chat"))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Was kostet ein Reisepass?\"}")));
			assertThat(normal.statusCode()).isEqualTo(200);
			assertThat(JSON.readTree(normal.body()).path("text").asString()).contains("Reisepass");
		}
		finally {
			server.close();
			telegram.close();
		}
	}

	@Property(tries = 400)
	void noRequestBreaksThePublicApi(@ForAll("hostileRequests") Hostile hostile) throws Exception {
		HttpResponse<String> response = send(hostile.request());

		int status = response.statusCode();
		assertThat(status).as(hostile + " → " + response.body()).isLessThan(500);
		if (status >= 400) {
			assertThat(response.headers().firstValue("Content-Type")).as(hostile.toString())
				.hasValueSatisfying(type -> assertThat(type).contains("json"));
			JsonNode body = JSON.readTree(response.body());
			assertThat(body.path("error").asString()).as(hostile + " → " + response.body()).isNotBlank();
		}
	}

	@Example
	void anAddressTomcatRefusesItselfGetsAJsonErrorToo() throws Exception {
		HttpResponse<String> refused = send(HttpRequest.newBuilder(URI.create(base + "/api/chat/%5C")).DELETE());

		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.headers().firstValue("Content-Type"))
			.hasValueSatisfying(t -> assertThat(t).contains("json"));
		assertThat(refused.body()).contains("\"error\":\"the request is malformed").doesNotContain("Tomcat");
	}

	private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	/** One hostile request, described for the failure report (bodies cut). */
	record Hostile(String method, String path, Map<String, String> headers, String body) {

		HttpRequest.Builder request() {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + this.path));
			this.headers.forEach(request::header);
			return request.method(this.method, this.body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(this.body));
		}

		@Override
		public String toString() {
			String shown = this.body == null ? "" : this.body.length() > 200
					? this.body.substring(0, 200) + "… (" + this.body.length() + " chars)" : this.body;
			return this.method + " " + (this.path.length() > 200 ? this.path.substring(0, 200) + "…" : this.path) + " "
					+ this.headers + " " + shown;
		}

	}

	@Provide
	Arbitrary<Hostile> hostileRequests() {
		return Arbitraries.oneOf(chat(), feedback(), forget(), knowledgeLists(), events(), downloads(), webhook());
	}

	/**
	 * Any Unicode, sometimes very long, sometimes made of JSON's and HTML's special
	 * characters.
	 */
	private static Arbitrary<String> text() {
		Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
		Arbitrary<String> special = Arbitraries.strings()
			.withChars("\"\\{}[]<>&'%\u0000\u202e\ud83d\ude00äöüß")
			.ofMaxLength(30);
		Arbitrary<String> huge = Arbitraries.strings()
			.withCharRange('a', 'z')
			.ofMinLength(1)
			.ofMaxLength(3)
			.map(s -> s.repeat(40_000));
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, any), net.jqwik.api.Tuple.of(3, special),
				net.jqwik.api.Tuple.of(1, huge));
	}

	/** A JSON value of any type, with text as the strings. */
	private static Arbitrary<String> jsonValue() {
		return Arbitraries.oneOf(text().map(HostileRequestsTests::quoted), Arbitraries.just("null"),
				Arbitraries.just("true"), Arbitraries.longs().map(String::valueOf),
				Arbitraries.doubles().map(d -> String.valueOf(d)), Arbitraries.just("[1, \"zwei\", {}]"),
				Arbitraries.just("{\"a\": {\"b\": [null]}}"),
				Arbitraries.integers().between(1, 5000).map(n -> "[".repeat(n) + "]".repeat(n)));
	}

	private static Arbitrary<String> jsonObject(List<String> fields) {
		Arbitrary<String> field = Arbitraries.oneOf(Arbitraries.of(fields), text());
		return Combinators.combine(field.list().ofMaxSize(5), jsonValue().list().ofMaxSize(5)).as((names, values) -> {
			StringBuilder json = new StringBuilder("{");
			for (int i = 0; i < Math.min(names.size(), values.size()); i++) {
				json.append(i == 0 ? "" : ",").append(quoted(names.get(i))).append(':').append(values.get(i));
			}
			return json.append('}').toString();
		});
	}

	/**
	 * A body: a JSON object with the endpoint's fields or others, broken JSON, or
	 * nothing.
	 */
	private static Arbitrary<String> body(List<String> fields) {
		return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, jsonObject(fields)), net.jqwik.api.Tuple.of(2, text()),
				net.jqwik.api.Tuple.of(1, jsonValue()), net.jqwik.api.Tuple.of(1, Arbitraries.just("")));
	}

	private static Arbitrary<Map<String, String>> contentType() {
		return Arbitraries.of(Map.of("Content-Type", "application/json"),
				Map.of("Content-Type", "application/json; charset=ISO-8859-1"), Map.of("Content-Type", "text/plain"),
				Map.of("Content-Type", "application/x-www-form-urlencoded"), Map.of());
	}

	private static Arbitrary<Hostile> chat() {
		return Combinators.combine(body(List.of("text", "conversationId", "language", "now", "payload")), contentType())
			.as((body, headers) -> new Hostile("POST", "/api/chat", headers, body));
	}

	private static Arbitrary<Hostile> feedback() {
		return Combinators.combine(body(List.of("conversationId", "messageId", "helpful", "comment")), contentType())
			.as((body, headers) -> new Hostile("POST", "/api/chat/feedback", headers, body));
	}

	private static Arbitrary<Hostile> forget() {
		return text().map(id -> new Hostile("DELETE", "/api/chat/" + encoded(id), Map.of(), null));
	}

	private static Arbitrary<String> queryValue() {
		return Arbitraries.oneOf(text(), Arbitraries.integers().map(String::valueOf), Arbitraries.of("-1", "0",
				"99999999999999999999", "1e9", "2026-01-01", "9999-12-31", "+999999999-12-31", "2026-02-30", ""));
	}

	private static Arbitrary<Hostile> knowledgeLists() {
		return Combinators.combine(Arbitraries.of("services", "contacts", "faq", "pages"), queryValue(), queryValue())
			.as((kind, page, size) -> new Hostile("GET",
					"/api/knowledge/" + kind + "?page=" + encoded(page) + "&size=" + encoded(size), Map.of(), null));
	}

	private static Arbitrary<Hostile> events() {
		return Combinators.combine(queryValue(), queryValue(), queryValue(), queryValue())
			.as((from, to, q, page) -> new Hostile("GET", "/api/knowledge/events?from=" + encoded(from) + "&to="
					+ encoded(to) + "&q=" + encoded(q) + "&page=" + encoded(page), Map.of(), null));
	}

	private static Arbitrary<Hostile> downloads() {
		return Combinators.combine(Arbitraries.of("events/%s.ics", "contacts/%s.vcf"), text())
			.as((pattern, id) -> new Hostile("GET", "/api/knowledge/" + pattern.formatted(encoded(id)), Map.of(),
					null));
	}

	private static Arbitrary<Hostile> webhook() {
		Arbitrary<Map<String, String>> secret = Arbitraries.oneOf(
				Arbitraries.just(Map.of("X-Telegram-Bot-Api-Secret-Token", WEBHOOK_SECRET)),
				Arbitraries.strings()
					.withCharRange('a', 'z')
					.ofMaxLength(20)
					.map(s -> Map.of("X-Telegram-Bot-Api-Secret-Token", s)),
				Arbitraries.just(Map.of()));
		Arbitrary<String> update = Arbitraries.oneOf(body(List.of("update_id", "message", "callback_query")),
				Arbitraries.longs().between(1, 1_000_000).map(id -> TelegramStub.message(id, id, "private", "Hallo")),
				Arbitraries.integers()
					.between(250, 400)
					.map(kb -> "{\"update_id\": 1, \"x\": \"" + "a".repeat(kb * 1024) + "\"}"));
		return Combinators.combine(secret, update)
			.as((headers, body) -> new Hostile("POST", "/api/telegram/webhook",
					new java.util.HashMap<>(Map.of("Content-Type", "application/json")) {
						{
							putAll(headers);
						}
					}, body));
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String quoted(String text) {
		return JSON.writeValueAsString(text);
	}

}
