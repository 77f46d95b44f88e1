package de.rathausbot.channel.web;

import java.io.IOException;
import java.time.Duration;
import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import de.rathausbot.system.ClusterLocks;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits how often one client may call the public API ({@code /api/chat/**},
 * {@code /api/knowledge/**}): a token bucket per client address (Bucket4j), refilled at
 * {@code rathausbot.web.rate-limit.requests-per-minute}. Beyond it: 429 with
 * {@code Retry-After} and a readable JSON error; other clients are not affected. With
 * several instances on one PostgreSQL the buckets are in the database (Bucket4j's
 * PostgreSQL backend, table {@code rate_limit_bucket}), so a client spread over the
 * instances has one limit.
 */
@Configuration(proxyBeanMethods = false)
class PublicRateLimit {

	@Bean
	FilterRegistrationBean<Limiter> publicRateLimitFilter(WebProperties properties, ClusterLocks locks,
			DataSource dataSource, MeterRegistry registry) {
		Limiter limiter = new Limiter(properties.rateLimit(), locks.shared() ? shared(dataSource) : null,
				Counter.builder("rathausbot.rate_limit.rejected")
					.description("requests refused because their client asked too often")
					.tag("channel", "web")
					.register(registry));
		FilterRegistrationBean<Limiter> registration = new FilterRegistrationBean<>(limiter);
		registration.addUrlPatterns("/api/chat", "/api/chat/*", "/api/knowledge/*");
		return registration;
	}

	/**
	 * The buckets in the database, each kept until it would be full again; what expired
	 * is removed every minute.
	 */
	static PostgreSQLSelectForUpdateBasedProxyManager<String> shared(DataSource dataSource) {
		PostgreSQLSelectForUpdateBasedProxyManager<String> buckets = Bucket4jPostgreSQL
			.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
			.build();
		java.util.concurrent.Executors.newSingleThreadScheduledExecutor(work -> {
			Thread thread = new Thread(work, "rate-limit-cleanup");
			thread.setDaemon(true);
			return thread;
		}).scheduleWithFixedDelay(() -> {
			try {
				buckets.removeExpired(1000);
			}
			catch (RuntimeException ex) {
				// again in a minute
			}
		}, 1, 1, java.util.concurrent.TimeUnit.MINUTES);
		return buckets;
	}

	/**
	 * The filter: one bucket per client address, in a bounded cache or in the database.
	 */
	static final class Limiter extends OncePerRequestFilter {

		private final WebProperties.RateLimit limit;

		private final Cache<String, Bucket> buckets;

		private final ProxyManager<String> shared;

		/** Counts the refusals. */
		private final Counter rejected;

		/**
		 * @param shared the buckets in the database, or null to keep them here
		 */
		Limiter(WebProperties.RateLimit limit, ProxyManager<String> shared, Counter rejected) {
			this.limit = limit;
			this.rejected = rejected;
			this.shared = shared;
			this.buckets = Caffeine.newBuilder()
				.maximumSize(limit.clients())
				.expireAfterAccess(Duration.ofMinutes(10))
				.build();
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (this.limit.requestsPerMinute() == 0 || "OPTIONS".equals(request.getMethod())) {
				chain.doFilter(request, response);
				return;
			}
			Bucket bucket = this.shared != null ? this.shared.getProxy(request.getRemoteAddr(), this::configuration)
					: this.buckets.get(request.getRemoteAddr(), address -> newBucket());
			ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
			if (probe.isConsumed()) {
				chain.doFilter(request, response);
				return;
			}
			this.rejected.increment();
			long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", String.valueOf(seconds));
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"error\":\"too many requests from this address; try again in " + seconds + " s\"}");
		}

		private Bucket newBucket() {
			return Bucket.builder().addLimit(bandwidth()).build();
		}

		private BucketConfiguration configuration() {
			return BucketConfiguration.builder().addLimit(bandwidth()).build();
		}

		private Bandwidth bandwidth() {
			return Bandwidth.builder()
				.capacity(this.limit.burst())
				.refillGreedy(this.limit.requestsPerMinute(), Duration.ofMinutes(1))
				.build();
		}

	}

}
