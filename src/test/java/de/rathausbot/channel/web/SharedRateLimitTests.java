package de.rathausbot.channel.web;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With several instances on one PostgreSQL a client has one rate limit, wherever its
 * requests land: its burst spent on one instance is spent on the other.
 */
class SharedRateLimitTests {

	private static EmbeddedPostgres postgres;

	@BeforeAll
	static void start() throws Exception {
		postgres = EmbeddedPostgres.builder().start();
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute(new String(
					new ClassPathResource("db/migration/V13__rate_limit_buckets.sql").getInputStream().readAllBytes()));
		}
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
	}

	private static int status(PublicRateLimit.Limiter instance, String client) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/chat");
		request.setRemoteAddr(client);
		MockHttpServletResponse response = new MockHttpServletResponse();
		instance.doFilter(request, response, new MockFilterChain());
		return response.getStatus();
	}

	@Test
	void aClientSpreadOverTwoInstancesHasOneLimit() throws Exception {
		WebProperties.RateLimit limit = new WebProperties.RateLimit(60, 3, 1000);
		PublicRateLimit.Limiter a = new PublicRateLimit.Limiter(limit,
				PublicRateLimit.shared(postgres.getPostgresDatabase()),
				new io.micrometer.core.instrument.simple.SimpleMeterRegistry().counter("rejected"));
		PublicRateLimit.Limiter b = new PublicRateLimit.Limiter(limit,
				PublicRateLimit.shared(postgres.getPostgresDatabase()),
				new io.micrometer.core.instrument.simple.SimpleMeterRegistry().counter("rejected"));

		assertThat(status(a, "198.51.100.7")).isEqualTo(200);
		assertThat(status(b, "198.51.100.7")).isEqualTo(200);
		assertThat(status(a, "198.51.100.7")).isEqualTo(200);
		assertThat(status(b, "198.51.100.7")).as("the burst of 3 is spent across both").isEqualTo(429);
		assertThat(status(b, "198.51.100.8")).as("another client").isEqualTo(200);
	}

}
