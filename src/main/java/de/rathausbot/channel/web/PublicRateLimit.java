package de.rathausbot.channel.web;

import java.io.IOException;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
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
 * {@code Retry-After} and a readable JSON error; other clients are not affected.
 */
@Configuration(proxyBeanMethods = false)
class PublicRateLimit {

	@Bean
	FilterRegistrationBean<Limiter> publicRateLimitFilter(WebProperties properties) {
		FilterRegistrationBean<Limiter> registration = new FilterRegistrationBean<>(
				new Limiter(properties.rateLimit()));
		registration.addUrlPatterns("/api/chat", "/api/chat/*", "/api/knowledge/*");
		return registration;
	}

	/** The filter: one bucket per client address, remembered in a bounded cache. */
	static final class Limiter extends OncePerRequestFilter {

		private final WebProperties.RateLimit limit;

		private final Cache<String, Bucket> buckets;

		Limiter(WebProperties.RateLimit limit) {
			this.limit = limit;
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
			Bucket bucket = this.buckets.get(request.getRemoteAddr(), address -> newBucket());
			ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
			if (probe.isConsumed()) {
				chain.doFilter(request, response);
				return;
			}
			long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000);
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader("Retry-After", String.valueOf(seconds));
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"error\":\"too many requests from this address; try again in " + seconds + " s\"}");
		}

		private Bucket newBucket() {
			return Bucket.builder()
				.addLimit(Bandwidth.builder()
					.capacity(this.limit.burst())
					.refillGreedy(this.limit.requestsPerMinute(), Duration.ofMinutes(1))
					.build())
				.build();
		}

	}

}
