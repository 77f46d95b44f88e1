package de.rathausbot.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import de.rathausbot.RathausbotApplication;
import de.rathausbot.system.ClusterLocks;
import de.rathausbot.workspace.StaffSignIn;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two instances of the bot on one PostgreSQL (embedded, started in-process, the
 * {@code postgres} profile): a change saved on one is answered by the other within three
 * seconds; a staff member signed in on one works on the other; guessing passwords on both
 * counts once; a job lock is held by one instance at a time and taken over when it lets
 * go.
 */
class TwoInstancesTests {

	private static EmbeddedPostgres postgres;

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@BeforeAll
	static void start() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		a = instance("a");
		b = instance("b");
	}

	private static ConfigurableApplicationContext instance(String name) {
		return new SpringApplicationBuilder(RathausbotApplication.class).profiles("test", "postgres")
			.run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--spring.datasource.username=postgres", "--spring.datasource.password=", "--server.port=0",
					"--spring.application.name=rathausbot-" + name, "--rathausbot.cluster.version-check=10s",
					// live chat at any hour of the test
					"--rathausbot.handover.hours=Mo-Su 00:00-23:59");
	}

	@AfterAll
	static void stop() throws IOException {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { a, b }) {
			if (context != null) {
				context.close();
			}
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	private static String url(ConfigurableApplicationContext instance, String path) {
		return "http://localhost:" + ((WebServerApplicationContext) instance).getWebServer().getPort() + path;
	}

	private static HttpResponse<String> chat(ConfigurableApplicationContext instance, String text) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url(instance, "/api/chat")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + text + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aChangeSavedOnOneInstanceIsAnsweredByTheOtherWithinThreeSeconds() throws Exception {
		String question = "Wo finde ich den Bolzplatz im Favoritepark?";
		assertThat(chat(b, question).body()).doesNotContain("bolzplatz");
		StringBuilder examples = new StringBuilder();
		for (String example : new String[] { question, "Bolzplatz Ludwigsburg", "Wo kann man Fußball spielen?",
				"Bolzplatz in der Nähe", "Gibt es einen Bolzplatz?", "Fußballplatz für Kinder",
				"Bolzplatz Öffnungszeiten", "Wo ist ein Bolzplatz?" }) {
			examples.append(examples.length() == 0 ? "" : ", ").append('"').append(example).append('"');
		}
		HttpResponse<String> saved = HTTP
			.send(HttpRequest.newBuilder(URI.create(url(a, "/api/admin/intents/bolzplatz")))
				.header("Authorization", StaffSignIn.ADMIN)
				.header("Content-Type", "application/json")
				.PUT(HttpRequest.BodyPublishers.ofString("{\"title\": \"Bolzplatz\", \"answer\": \"Der Bolzplatz liegt "
						+ "am Rand des Favoriteparks.\", \"examples\": [" + examples + "]}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
		long savedAt = System.nanoTime();

		await().atMost(Duration.ofSeconds(3))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> chat(b, question).body().contains("\"intent\":\"bolzplatz\""));
		System.out.println("answered by the other instance " + (System.nanoTime() - savedAt) / 1_000_000
				+ " ms after the save returned");
		assertThat(HTTP
			.send(HttpRequest.newBuilder(URI.create(url(b, "/actuator/health")))
				.header("Authorization", StaffSignIn.ADMIN)
				.build(), HttpResponse.BodyHandlers.ofString())
			.body()).contains("\"contentVersion\":1");
	}

	@Test
	void aJobLockIsHeldByOneInstanceAndTakenOverWhenItLetsGo() {
		ClusterLocks onA = a.getBean(ClusterLocks.class);
		ClusterLocks onB = b.getBean(ClusterLocks.class);
		assertThat(onA.shared()).isTrue();

		Optional<ClusterLocks.Held> heldByA = onA.tryHold("telegram-polling-test");
		assertThat(heldByA).isPresent();
		assertThat(onB.tryHold("telegram-polling-test")).as("held by the other instance").isEmpty();

		heldByA.get().close();
		Optional<ClusterLocks.Held> heldByB = onB.tryHold("telegram-polling-test");
		assertThat(heldByB).isPresent();
		heldByB.get().close();
	}

	@Test
	void aStaffMemberSignedInOnOneInstanceWorksOnTheOther() throws Exception {
		HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(url(a, "/admin/login"))).build(),
				HttpResponse.BodyHandlers.ofString());
		String xsrf = cookie(page, "XSRF-TOKEN");
		HttpResponse<String> signedIn = HTTP.send(HttpRequest.newBuilder(URI.create(url(a, "/admin/login")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", "XSRF-TOKEN=" + xsrf)
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=test-admin-password&_csrf="
					+ java.net.URLEncoder.encode(xsrf, java.nio.charset.StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		String session = cookie(signedIn, "SESSION");

		HttpResponse<String> me = HTTP.send(HttpRequest.newBuilder(URI.create(url(b, "/api/admin/me")))
			.header("Cookie", "SESSION=" + session)
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"username\":\"admin\"");
	}

	@Test
	void guessingOnBothInstancesCountsOnce() throws Exception {
		HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(url(a, "/api/admin/users")))
			.header("Authorization", StaffSignIn.ADMIN)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"username\": \"sperrtest\", \"password\": \"richtiges-passwort-1\", \"roles\": [\"EDITOR\"]}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		for (int i = 0; i < 5; i++) {
			ConfigurableApplicationContext instance = i % 2 == 0 ? a : b;
			assertThat(me(instance, StaffSignIn.basic("sperrtest", "falsch-" + i)).statusCode()).isEqualTo(401);
		}
		assertThat(me(b, StaffSignIn.basic("sperrtest", "richtiges-passwort-1")).statusCode())
			.as("five wrong passwords across both instances lock the name")
			.isEqualTo(401);
		assertThat(me(a, StaffSignIn.ADMIN).statusCode()).isEqualTo(200);
	}

	private static HttpResponse<String> me(ConfigurableApplicationContext instance, String authorization)
			throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url(instance, "/api/admin/me")))
			.header("Authorization", authorization)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String cookie(HttpResponse<?> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith(name + "="))
			.map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers().map()));
	}

	private static HttpResponse<String> staff(ConfigurableApplicationContext instance, String method, String path,
			String json) throws Exception {
		return HTTP.send(HttpRequest.newBuilder(URI.create(url(instance, path)))
			.header("Authorization", StaffSignIn.ADMIN)
			.header("Content-Type", "application/json")
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String field(String json, String name) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
		return m.find() ? m.group(1) : null;
	}

	@Test
	void aCitizenOnOneInstanceChatsWithAStaffMemberOnTheOther() throws Exception {
		assertThat(staff(a, "PUT", "/api/admin/handover/availability", "{\"available\": true}").statusCode())
			.isEqualTo(204);
		String id = field(chat(b, "Ich möchte mit einem Menschen sprechen").body(), "conversationId");
		HttpResponse<String> queued = HTTP.send(HttpRequest.newBuilder(URI.create(url(b, "/api/chat")))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString("{\"text\": \"Mit einer Mitarbeiterin / einem Mitarbeiter chatten\", \"conversationId\": \""
						+ id + "\"}"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(field(queued.body(), "handover")).isEqualTo("waiting");
		// the citizen's widget listens on instance b
		HttpResponse<java.io.InputStream> stream = HTTP.send(
				HttpRequest.newBuilder(URI.create(url(b, "/api/chat/" + id + "/events"))).GET().build(),
				HttpResponse.BodyHandlers.ofInputStream());

		assertThat(staff(a, "GET", "/api/admin/handover", null).body()).contains(id);
		assertThat(staff(a, "POST", "/api/admin/handover/" + id + "/take", null).statusCode()).isEqualTo(204);
		assertThat(staff(a, "POST", "/api/admin/handover/" + id + "/messages", "{\"text\": \"Worum geht es?\"}")
			.statusCode()).isEqualTo(201);

		assertThat(HTTP
			.send(HttpRequest.newBuilder(URI.create(url(b, "/api/chat/" + id + "/messages"))).build(),
					HttpResponse.BodyHandlers.ofString())
			.body()).contains("\"from\":\"staff\"", "Worum geht es?");
		java.util.concurrent.CompletableFuture<String> event = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> {
				try (var lines = new java.io.BufferedReader(
						new java.io.InputStreamReader(stream.body(), java.nio.charset.StandardCharsets.UTF_8))) {
					String line;
					while ((line = lines.readLine()) != null) {
						if (line.contains("Worum geht es?")) {
							return line;
						}
					}
					return "";
				}
				catch (IOException ex) {
					return ex.toString();
				}
			});
		assertThat(event.get(10, java.util.concurrent.TimeUnit.SECONDS)).startsWith("data:").contains("staff");
		staff(a, "POST", "/api/admin/handover/" + id + "/close", "{}");
	}

}
