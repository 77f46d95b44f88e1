package de.rathausbot.conversation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.rathausbot.system.SystemProperties;
import de.rathausbot.tenant.Tenant;
import de.rathausbot.tenant.Tenants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Numbers for the staff: messages per day, how many were answered, asked back or fell
 * back, the top intents, the top unanswered questions, feedback and channels, for a
 * period of days in the city's time zone. Days whose messages were deleted after the
 * retention period count from {@code message_stats}.
 */
@Component
public class Analytics {

	/** One day's counts. */
	public record Day(LocalDate day, long messages, long answered, long clarified, long fallback, long helpful,
			long unhelpful, Map<String, Long> channels) {
	}

	/** A question the bot could not answer, with how often it was asked. */
	public record Unanswered(String question, long count) {
	}

	/**
	 * Everything for one period.
	 *
	 * @param days every day of the period, also those without messages
	 * @param topIntents intent → messages answered with it, most first
	 * @param languageModel how often the city's language model was asked, by what became
	 * of its answer (generated, rejected, refused, failed, paused); empty without a model
	 * (counted from the messages: days past the retention period are not in it)
	 * @param languages messages by the language they were answered in, with how many of
	 * them the bot could not answer ({@code "en": [120, 14]}; from the messages, as
	 * above)
	 */
	public record Report(LocalDate from, LocalDate to, long messages, long answered, long clarified, long fallback,
			long helpful, long unhelpful, Map<String, Long> channels, Map<String, Long> topIntents,
			List<Unanswered> topUnanswered, List<Day> days, Map<String, Long> languageModel,
			Map<String, List<Long>> languages) {

		public double share(long part) {
			return this.messages == 0 ? 0 : Math.round(1000.0 * part / this.messages) / 1000.0;
		}

	}

	private static final int TOP = 10;

	private final JdbcClient jdbc;

	private final ZoneId zone;

	private final Tenants tenants;

	Analytics(JdbcClient jdbc, SystemProperties system, Tenants tenants) {
		this.tenants = tenants;
		this.jdbc = jdbc;
		this.zone = system.timeZone();
	}

	/** The report for the days {@code from} to {@code to}, both included. */
	public Report report(LocalDate from, LocalDate to) {
		// a Landkreis sees its Kommunen too
		Tenant tenant = this.tenants.current();
		List<String> tenants = java.util.stream.Stream
			.concat(java.util.stream.Stream.of(tenant), this.tenants.descendants(tenant).stream())
			.map(Tenant::id)
			.toList();
		OffsetDateTime start = from.atStartOfDay(this.zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
		OffsetDateTime end = to.plusDays(1)
			.atStartOfDay(this.zone)
			.toOffsetDateTime()
			.withOffsetSameInstant(ZoneOffset.UTC);
		Map<LocalDate, Counts> perDay = new TreeMap<>();
		Map<LocalDate, Map<String, Long>> channelsPerDay = new TreeMap<>();
		Map<String, Long> intents = new LinkedHashMap<>();
		// counted in the database, per day in the city's time zone (recorded with each
		// message)
		this.jdbc.sql("""
				SELECT m.local_day, c.channel, m.outcome, m.intent, COUNT(*) AS n,
				  SUM(CASE WHEN f.helpful THEN 1 ELSE 0 END) AS up,
				  SUM(CASE WHEN f.helpful = FALSE THEN 1 ELSE 0 END) AS down
				FROM conversation_message m JOIN conversation c ON c.id = m.conversation_id
				LEFT JOIN feedback f ON f.message_id = m.id
				WHERE m.tenant IN (:tenants) AND m.created_at >= :start AND m.created_at < :end
				GROUP BY m.local_day, c.channel, m.outcome, m.intent""")
			.param("tenants", tenants)
			.param("start", start)
			.param("end", end)
			.query(rs -> {
				add(perDay, channelsPerDay, intents, rs.getObject("local_day", LocalDate.class),
						rs.getString("channel"), rs.getString("outcome"), rs.getString("intent"), rs.getLong("n"),
						rs.getLong("up"), rs.getLong("down"));
			});
		// days whose messages are gone: their counts
		this.jdbc.sql("""
				SELECT stat_day, channel, outcome, intent, messages, helpful, unhelpful FROM message_stats
				WHERE tenant IN (:tenants) AND stat_day >= :from AND stat_day <= :to""")
			.param("tenants", tenants)
			.param("from", from)
			.param("to", to)
			.query(rs -> {
				String intent = rs.getString("intent");
				add(perDay, channelsPerDay, intents, rs.getObject("stat_day", LocalDate.class), rs.getString("channel"),
						rs.getString("outcome"), intent.isEmpty() ? null : intent, rs.getLong("messages"),
						rs.getLong("helpful"), rs.getLong("unhelpful"));
			});
		List<Day> days = new ArrayList<>();
		Counts total = new Counts();
		Map<String, Long> channels = new TreeMap<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			Counts n = perDay.getOrDefault(day, new Counts());
			Map<String, Long> dayChannels = channelsPerDay.getOrDefault(day, Map.of());
			days.add(
					new Day(day, n.messages, n.answered, n.clarified, n.fallback, n.helpful, n.unhelpful, dayChannels));
			total.add(n);
			dayChannels.forEach((channel, count) -> channels.merge(channel, count, Long::sum));
		}
		Map<String, Long> topIntents = new LinkedHashMap<>();
		intents.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(TOP)
			.forEach(e -> topIntents.put(e.getKey(), e.getValue()));
		return new Report(from, to, total.messages, total.answered, total.clarified, total.fallback, total.helpful,
				total.unhelpful, channels, topIntents, topUnanswered(tenants, start, end), days,
				languageModel(tenants, start, end), languages(tenants, start, end));
	}

	private Map<String, List<Long>> languages(List<String> tenants, OffsetDateTime start, OffsetDateTime end) {
		Map<String, List<Long>> languages = new TreeMap<>();
		this.jdbc.sql("""
				SELECT COALESCE(language, 'de') AS language, COUNT(*) AS n,
				  SUM(CASE WHEN outcome = 'FALLBACK' THEN 1 ELSE 0 END) AS fallbacks
				FROM conversation_message
				WHERE tenant IN (:tenants) AND created_at >= :start AND created_at < :end
				GROUP BY COALESCE(language, 'de')""")
			.param("tenants", tenants)
			.param("start", start)
			.param("end", end)
			.query(rs -> {
				languages.put(rs.getString("language"), List.of(rs.getLong("n"), rs.getLong("fallbacks")));
			});
		return languages;
	}

	private Map<String, Long> languageModel(List<String> tenants, OffsetDateTime start, OffsetDateTime end) {
		Map<String, Long> results = new TreeMap<>();
		this.jdbc.sql("""
				SELECT CASE WHEN generation LIKE 'GENERATED%' THEN 'generated'
				  WHEN generation LIKE 'REJECTED%' THEN 'rejected' WHEN generation LIKE 'REFUSED%' THEN 'refused'
				  WHEN generation LIKE 'FAILED%' THEN 'failed' ELSE 'paused' END AS result, COUNT(*) AS n
				FROM conversation_message
				WHERE tenant IN (:tenants) AND created_at >= :start AND created_at < :end AND generation IS NOT NULL
				GROUP BY CASE WHEN generation LIKE 'GENERATED%' THEN 'generated'
				  WHEN generation LIKE 'REJECTED%' THEN 'rejected' WHEN generation LIKE 'REFUSED%' THEN 'refused'
				  WHEN generation LIKE 'FAILED%' THEN 'failed' ELSE 'paused' END""")
			.param("tenants", tenants)
			.param("start", start)
			.param("end", end)
			.query(rs -> {
				results.put(rs.getString("result"), rs.getLong("n"));
			});
		return results;
	}

	private static void add(Map<LocalDate, Counts> perDay, Map<LocalDate, Map<String, Long>> channelsPerDay,
			Map<String, Long> intents, LocalDate day, String channel, String outcome, String intent, long messages,
			long helpful, long unhelpful) {
		perDay.computeIfAbsent(day, d -> new Counts()).add(outcome, messages, helpful, unhelpful);
		channelsPerDay.computeIfAbsent(day, d -> new TreeMap<>()).merge(channel, messages, Long::sum);
		if (intent != null && "ANSWERED".equals(outcome)) {
			intents.merge(intent, messages, Long::sum);
		}
	}

	/** One day's (or the period's) counts while they are added up. */
	private static final class Counts {

		private long messages;

		private long answered;

		private long clarified;

		private long fallback;

		private long helpful;

		private long unhelpful;

		void add(String outcome, long count, long up, long down) {
			this.messages += count;
			switch (outcome) {
				case "ANSWERED" -> this.answered += count;
				case "CLARIFIED" -> this.clarified += count;
				default -> this.fallback += count;
			}
			this.helpful += up;
			this.unhelpful += down;
		}

		void add(Counts other) {
			this.messages += other.messages;
			this.answered += other.answered;
			this.clarified += other.clarified;
			this.fallback += other.fallback;
			this.helpful += other.helpful;
			this.unhelpful += other.unhelpful;
		}

	}

	/** The most frequent topics that fell back, with their latest wording. */
	private List<Unanswered> topUnanswered(List<String> tenants, OffsetDateTime start, OffsetDateTime end) {
		record Topic(String topic, long count) {
		}
		List<Topic> topics = this.jdbc.sql("""
				SELECT topic, COUNT(*) AS n FROM conversation_message
				WHERE tenant IN (:tenants) AND outcome = 'FALLBACK' AND topic IS NOT NULL
				  AND created_at >= :start AND created_at < :end
				GROUP BY topic ORDER BY n DESC, topic LIMIT :top""")
			.param("tenants", tenants)
			.param("start", start)
			.param("end", end)
			.param("top", TOP)
			.query((rs, row) -> new Topic(rs.getString(1), rs.getLong(2)))
			.list();
		if (topics.isEmpty()) {
			return List.of();
		}
		// the latest wording of each, in one query
		Map<String, String> latest = new HashMap<>();
		this.jdbc.sql("""
				SELECT topic, question FROM (
				  SELECT topic, question, ROW_NUMBER() OVER (PARTITION BY topic ORDER BY created_at DESC) AS r
				  FROM conversation_message
				  WHERE tenant IN (:tenants) AND outcome = 'FALLBACK' AND topic IN (:topics)) latest
				WHERE r = 1""")
			.param("tenants", tenants)
			.param("topics", topics.stream().map(Topic::topic).toList())
			.query(rs -> {
				latest.put(rs.getString(1), rs.getString(2));
			});
		List<Unanswered> unanswered = new ArrayList<>();
		for (Topic topic : topics) {
			unanswered.add(new Unanswered(latest.get(topic.topic()), topic.count()));
		}
		unanswered.sort(Comparator.comparingLong(Unanswered::count).reversed());
		return unanswered;
	}

}
