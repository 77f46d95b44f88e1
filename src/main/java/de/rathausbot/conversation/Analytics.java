package de.rathausbot.conversation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.rathausbot.system.SystemProperties;
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
	 */
	public record Report(LocalDate from, LocalDate to, long messages, long answered, long clarified, long fallback,
			long helpful, long unhelpful, Map<String, Long> channels, Map<String, Long> topIntents,
			List<Unanswered> topUnanswered, List<Day> days) {

		public double share(long part) {
			return this.messages == 0 ? 0 : Math.round(1000.0 * part / this.messages) / 1000.0;
		}

	}

	private static final int TOP = 10;

	private final JdbcClient jdbc;

	private final ZoneId zone;

	Analytics(JdbcClient jdbc, SystemProperties system) {
		this.jdbc = jdbc;
		this.zone = system.timeZone();
	}

	/** The report for the days {@code from} to {@code to}, both included. */
	public Report report(LocalDate from, LocalDate to) {
		OffsetDateTime start = from.atStartOfDay(this.zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
		OffsetDateTime end = to.plusDays(1)
			.atStartOfDay(this.zone)
			.toOffsetDateTime()
			.withOffsetSameInstant(ZoneOffset.UTC);
		Map<LocalDate, long[]> perDay = new TreeMap<>();
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
				WHERE m.created_at >= ? AND m.created_at < ?
				GROUP BY m.local_day, c.channel, m.outcome, m.intent""").params(start, end).query(rs -> {
			add(perDay, channelsPerDay, intents, rs.getObject("local_day", LocalDate.class), rs.getString("channel"),
					rs.getString("outcome"), rs.getString("intent"), rs.getLong("n"), rs.getLong("up"),
					rs.getLong("down"));
		});
		// days whose messages are gone: their counts
		this.jdbc.sql("""
				SELECT stat_day, channel, outcome, intent, messages, helpful, unhelpful FROM message_stats
				WHERE stat_day >= ? AND stat_day <= ?""").params(from, to).query(rs -> {
			String intent = rs.getString("intent");
			add(perDay, channelsPerDay, intents, rs.getObject("stat_day", LocalDate.class), rs.getString("channel"),
					rs.getString("outcome"), intent.isEmpty() ? null : intent, rs.getLong("messages"),
					rs.getLong("helpful"), rs.getLong("unhelpful"));
		});
		List<Day> days = new ArrayList<>();
		long[] total = new long[6];
		Map<String, Long> channels = new TreeMap<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			long[] n = perDay.getOrDefault(day, new long[6]);
			Map<String, Long> dayChannels = channelsPerDay.getOrDefault(day, Map.of());
			days.add(new Day(day, n[0], n[1], n[2], n[3], n[4], n[5], dayChannels));
			for (int i = 0; i < 6; i++) {
				total[i] += n[i];
			}
			dayChannels.forEach((channel, count) -> channels.merge(channel, count, Long::sum));
		}
		Map<String, Long> topIntents = new LinkedHashMap<>();
		intents.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(TOP)
			.forEach(e -> topIntents.put(e.getKey(), e.getValue()));
		return new Report(from, to, total[0], total[1], total[2], total[3], total[4], total[5], channels, topIntents,
				topUnanswered(start, end), days);
	}

	private static void add(Map<LocalDate, long[]> perDay, Map<LocalDate, Map<String, Long>> channelsPerDay,
			Map<String, Long> intents, LocalDate day, String channel, String outcome, String intent, long messages,
			long helpful, long unhelpful) {
		long[] n = perDay.computeIfAbsent(day, d -> new long[6]);
		n[0] += messages;
		switch (outcome) {
			case "ANSWERED" -> n[1] += messages;
			case "CLARIFIED" -> n[2] += messages;
			default -> n[3] += messages;
		}
		n[4] += helpful;
		n[5] += unhelpful;
		channelsPerDay.computeIfAbsent(day, d -> new TreeMap<>()).merge(channel, messages, Long::sum);
		if (intent != null && "ANSWERED".equals(outcome)) {
			intents.merge(intent, messages, Long::sum);
		}
	}

	/** The most frequent topics that fell back, with their latest wording. */
	private List<Unanswered> topUnanswered(OffsetDateTime start, OffsetDateTime end) {
		record Topic(String topic, long count) {
		}
		List<Topic> topics = this.jdbc.sql("""
				SELECT topic, COUNT(*) AS n FROM conversation_message
				WHERE outcome = 'FALLBACK' AND topic IS NOT NULL AND created_at >= ? AND created_at < ?
				GROUP BY topic ORDER BY n DESC, topic LIMIT ?""")
			.params(start, end, TOP)
			.query((rs, row) -> new Topic(rs.getString(1), rs.getLong(2)))
			.list();
		List<Unanswered> unanswered = new ArrayList<>();
		for (Topic topic : topics) {
			String question = this.jdbc.sql("""
					SELECT question FROM conversation_message WHERE topic = ? AND outcome = 'FALLBACK'
					ORDER BY created_at DESC LIMIT 1""").param(topic.topic()).query(String.class).single();
			unanswered.add(new Unanswered(question, topic.count()));
		}
		unanswered.sort(Comparator.comparingLong(Unanswered::count).reversed());
		return unanswered;
	}

}
