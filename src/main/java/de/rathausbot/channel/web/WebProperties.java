package de.rathausbot.channel.web;

import java.util.List;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The web channel: the chat API and the widget that city websites embed.
 *
 * @param maxLength longest accepted message (and feedback comment), in characters
 * @param allowClockOverride whether a request's {@code now} is honoured (evaluation and
 * demos only)
 * @param allowedOrigins websites (scheme, host and port, e.g.
 * {@code https://www.ludwigsburg.de}) whose pages may call the chat API from the browser;
 * the bot's own pages always may
 * @param rateLimit how many requests one client may make to the public API
 */
@Validated
@ConfigurationProperties("rathausbot.web")
record WebProperties(@DefaultValue("1000") @Min(1) int maxLength, @DefaultValue("false") boolean allowClockOverride,
		@DefaultValue List<String> allowedOrigins, @DefaultValue RateLimit rateLimit) {

	/**
	 * Requests per client (its address; behind a proxy the forwarded one only when
	 * {@code server.forward-headers-strategy} trusts the proxy) to the chat and knowledge
	 * APIs.
	 *
	 * @param requestsPerMinute sustained rate; 0 switches the limit off (load tests)
	 * @param burst how many requests may come at once before the rate applies
	 * @param clients how many clients are remembered at most
	 */
	record RateLimit(@DefaultValue("60") @Min(0) int requestsPerMinute, @DefaultValue("30") @Min(1) int burst,
			@DefaultValue("100000") @Min(1) int clients) {
	}

}
