package de.rathausbot.workspace.access;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The production profile behind the city's TLS proxy, on a real server: https and the
 * client address come from the proxy's X-Forwarded-* headers, the browser is told to stay
 * on https, and the staff cookies are Secure and SameSite.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:production-profile;DB_CLOSE_DELAY=-1",
				"rathausbot.web.rate-limit.requests-per-minute=2", "rathausbot.web.rate-limit.burst=2" })
@ActiveProfiles({ "test", "production" })
class ProductionProfileTests {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	private HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void behindTheProxyTheBrowserStaysOnHttpsAndCookiesAreSecure() throws Exception {
		HttpResponse<String> login = get("/admin/login", "X-Forwarded-Proto", "https", "X-Forwarded-For",
				"203.0.113.7");

		assertThat(login.headers().firstValue("Strict-Transport-Security"))
			.hasValueSatisfying(hsts -> assertThat(hsts).startsWith("max-age=31536000"));
		List<String> cookies = login.headers().allValues("Set-Cookie");
		assertThat(cookies)
			.anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=").contains("Secure").contains("SameSite=Lax"));
	}

	private int chatFrom(String forwardedFor) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/chat"))
			.header("Content-Type", "application/json")
			.header("X-Forwarded-For", forwardedFor)
			.POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Danke\"}"))
			.build();
		return this.http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}

	@Test
	void theRateLimitCountsTheClientTheTrustedProxyNames() throws Exception {
		assertThat(chatFrom("203.0.113.20")).isEqualTo(200);
		assertThat(chatFrom("203.0.113.20")).isEqualTo(200);
		assertThat(chatFrom("203.0.113.20")).isEqualTo(429);

		assertThat(chatFrom("198.51.100.20")).as("another citizen behind the same proxy").isEqualTo(200);
	}

	@Test
	void withoutTheProxyNothingClaimsHttps() throws Exception {
		HttpResponse<String> login = get("/admin/login");

		assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy(c -> assertThat(c).startsWith("XSRF-TOKEN=").doesNotContain("Secure").contains("SameSite=Lax"));
	}

}
