package de.rathausbot.workspace.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.rathausbot.conversation.Analytics;
import de.rathausbot.handover.HandoverStatistics;
import de.rathausbot.tenant.Tenants;
import de.rathausbot.system.SystemProperties;
import de.rathausbot.workspace.WorkspaceProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The numbers of a period, {@code /api/admin/analytics} (JSON) and
 * {@code /api/admin/analytics.csv} (one line per day), for {@code from} to {@code to}
 * (ISO dates, included; default the last 30 days).
 */
@RestController
class AnalyticsController {

	private static final int MAX_DAYS = 366;

	private final Analytics analytics;

	private final Clock clock;

	private final SystemProperties system;

	private final HandoverStatistics handovers;

	private final Tenants tenants;

	AnalyticsController(Analytics analytics, Clock clock, SystemProperties system, HandoverStatistics handovers,
			Tenants tenants) {
		this.handovers = handovers;
		this.tenants = tenants;
		this.analytics = analytics;
		this.clock = clock;
		this.system = system;
	}

	@GetMapping("/api/admin/analytics")
	ResponseEntity<?> report(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		LocalDate[] period = period(from, to);
		Analytics.Report report = this.analytics.report(period[0], period[1]);
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("from", report.from().toString());
		view.put("to", report.to().toString());
		view.put("messages", report.messages());
		view.put("answered", report.answered());
		view.put("clarified", report.clarified());
		view.put("fallback", report.fallback());
		view.put("shares", Map.of("answered", report.share(report.answered()), "clarified",
				report.share(report.clarified()), "fallback", report.share(report.fallback())));
		long rated = report.helpful() + report.unhelpful();
		view.put("feedback", Map.of("helpful", report.helpful(), "unhelpful", report.unhelpful(), "helpfulShare",
				rated == 0 ? 0 : Math.round(1000.0 * report.helpful() / rated) / 1000.0));
		view.put("channels", report.channels());
		view.put("topIntents", report.topIntents());
		view.put("topUnanswered", report.topUnanswered());
		view.put("languageModel", report.languageModel());
		view.put("languages", report.languages());
		// live chats of the tenant and (a Landkreis) its Kommunen
		List<String> asked = java.util.stream.Stream
			.concat(java.util.stream.Stream.of(this.tenants.current()),
					this.tenants.descendants(this.tenants.current()).stream())
			.map(de.rathausbot.tenant.Tenant::id)
			.toList();
		view.put("liveChat", this.handovers.of(asked, period[0].atStartOfDay(this.system.timeZone()).toInstant(),
				period[1].plusDays(1).atStartOfDay(this.system.timeZone()).toInstant()));
		view.put("days",
				report.days()
					.stream()
					.map(d -> Map.of("day", d.day().toString(), "messages", d.messages(), "answered", d.answered(),
							"clarified", d.clarified(), "fallback", d.fallback()))
					.toList());
		return ResponseEntity.ok(view);
	}

	@GetMapping("/api/admin/analytics.csv")
	ResponseEntity<?> csv(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		LocalDate[] period = period(from, to);
		Analytics.Report report = this.analytics.report(period[0], period[1]);
		List<String> channels = List.of("web", "telegram");
		StringBuilder csv = new StringBuilder(
				"day,messages,answered,clarified,fallback,helpful,unhelpful," + String.join(",", channels) + "\n");
		for (Analytics.Day day : report.days()) {
			csv.append(day.day())
				.append(',')
				.append(day.messages())
				.append(',')
				.append(day.answered())
				.append(',')
				.append(day.clarified())
				.append(',')
				.append(day.fallback())
				.append(',')
				.append(day.helpful())
				.append(',')
				.append(day.unhelpful());
			channels.forEach(c -> csv.append(',').append(day.channels().getOrDefault(c, 0L)));
			csv.append('\n');
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("rathausbot-" + report.from() + "-" + report.to() + ".csv")
						.build()
						.toString())
			.body(csv.toString());
	}

	/** A period that cannot be reported on. */
	static final class BadPeriodException extends IllegalArgumentException {

		BadPeriodException(String message) {
			super(message);
		}

	}

	@ExceptionHandler(BadPeriodException.class)
	ResponseEntity<?> badPeriod(BadPeriodException ex) {
		return WorkspaceProblem.badRequest(ex.getMessage());
	}

	private LocalDate[] period(String from, String to) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.system.timeZone()));
		LocalDate end = parse("to", to, today);
		LocalDate start = parse("from", from, end.minusDays(29));
		if (start.isAfter(end)) {
			throw new BadPeriodException("from " + start + " is after to " + end);
		}
		if (start.plusDays(MAX_DAYS).isBefore(end)) {
			throw new BadPeriodException("at most " + MAX_DAYS + " days at once");
		}
		return new LocalDate[] { start, end };
	}

	private static LocalDate parse(String name, String value, LocalDate otherwise) {
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new BadPeriodException(name + ": an ISO date like 2026-11-01, not '" + value + "'");
		}
	}

}
