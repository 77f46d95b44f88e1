package de.rathausbot.conversation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.rathausbot.intents.RegressionCase;
import de.rathausbot.nlu.IntentClassifier;
import de.rathausbot.privacy.PersonalData;
import de.rathausbot.tenant.Tenants;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What citizens asked that the bot could not answer well: fallbacks, questions back,
 * answers below {@code rathausbot.conversation.low-confidence} and answers rated
 * unhelpful, grouped by topic (see {@link de.rathausbot.nlu.Topics}). A topic staff
 * decided about leaves the inbox until it is asked again and not answered well (a topic
 * kept as out of scope does not come back for falling back, as it should); the questions
 * staff approved become regression questions.
 */
@Component
public class Inbox {

	/** What staff did with a topic. */
	public enum Action {

		/** added the question as an example of an intent */
		EXAMPLE,
		/** created an intent from it */
		INTENT,
		/** kept it as a question the bot must not answer */
		OUT_OF_SCOPE,
		/** nothing to do */
		DISMISSED

	}

	/**
	 * One topic in the inbox.
	 *
	 * @param question the latest wording
	 * @param count how often it was asked (since the last decision about it)
	 * @param answeredWith the intents the bot answered it with, latest first
	 * @param comments citizens' comments on unhelpful answers
	 * @param modelRejected how often the language model's answer was not shown (a fact
	 * not in the passages, no answer in time) and the page was quoted instead
	 * @param modelNote why, the latest time (e.g. "REJECTED: die Zahl 45 steht nicht in
	 * den Quellen [1]"); empty if never
	 */
	public record Group(String topic, String question, long count, Instant lastSeen, long fallbacks, long clarified,
			long lowConfidence, long unhelpful, List<String> answeredWith, List<String> comments, long modelRejected,
			String modelNote) {
	}

	/** The conversation log's notes of a model answer that was not shown. */
	private static final String MODEL_NOT_SHOWN = "(m.generation LIKE 'REJECTED%' OR m.generation LIKE 'FAILED%')";

	private static final String OPEN = """
			FROM conversation_message m
			LEFT JOIN feedback f ON f.message_id = m.id
			LEFT JOIN inbox_decision d ON d.topic = m.topic AND d.tenant = m.tenant
			WHERE m.tenant = :tenant AND m.topic IS NOT NULL
			  AND (m.outcome <> 'ANSWERED' OR m.confidence < :low OR f.helpful = FALSE OR %s)
			  AND (d.topic IS NULL OR m.created_at > d.decided_at)
			  AND NOT (COALESCE(d.action, '') = 'OUT_OF_SCOPE' AND m.outcome = 'FALLBACK' AND COALESCE(f.helpful, TRUE))"""
		.formatted(MODEL_NOT_SHOWN);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final double lowConfidence;

	private final Tenants tenants;

	Inbox(JdbcClient jdbc, Clock clock, ConversationProperties properties, Tenants tenants) {
		this.tenants = tenants;
		this.jdbc = jdbc;
		this.clock = clock;
		this.lowConfidence = properties.lowConfidence();
	}

	private static final String COUNTS = """
			SELECT m.topic, COUNT(*) AS n, MAX(m.created_at) AS last_seen,
			  SUM(CASE WHEN m.outcome = 'FALLBACK' THEN 1 ELSE 0 END) AS fallbacks,
			  SUM(CASE WHEN m.outcome = 'CLARIFIED' THEN 1 ELSE 0 END) AS clarified,
			  SUM(CASE WHEN m.outcome = 'ANSWERED' AND m.confidence < :low THEN 1 ELSE 0 END) AS low,
			  SUM(CASE WHEN f.helpful = FALSE THEN 1 ELSE 0 END) AS unhelpful,
			  SUM(CASE WHEN %s THEN 1 ELSE 0 END) AS rejected
			""".formatted(MODEL_NOT_SHOWN);

	/** A topic's counts, before its wording and comments are looked up. */
	private record Counts(String topic, long count, Instant lastSeen, long fallbacks, long clarified,
			long lowConfidence, long unhelpful, long rejected) {
	}

	/**
	 * The open topics, the most asked first (or the latest first).
	 */
	public List<Group> open(boolean latestFirst, int limit) {
		String order = latestFirst ? "last_seen DESC, n DESC" : "n DESC, last_seen DESC";
		return groups(this.jdbc.sql(COUNTS + OPEN + " GROUP BY m.topic ORDER BY " + order + ", m.topic LIMIT :limit")
			.param("low", this.lowConfidence)
			.param("tenant", tenant())
			.param("limit", limit)
			.query((rs, row) -> counts(rs))
			.list());
	}

	/** One open topic. */
	public Optional<Group> group(String topic) {
		return groups(this.jdbc.sql(COUNTS + OPEN + " AND m.topic = :topic GROUP BY m.topic")
			.param("low", this.lowConfidence)
			.param("tenant", tenant())
			.param("topic", topic)
			.query((rs, row) -> counts(rs))
			.list()).stream().findFirst();
	}

	private static Counts counts(ResultSet rs) throws SQLException {
		return new Counts(rs.getString("topic"), rs.getLong("n"),
				rs.getObject("last_seen", OffsetDateTime.class).toInstant(), rs.getLong("fallbacks"),
				rs.getLong("clarified"), rs.getLong("low"), rs.getLong("unhelpful"), rs.getLong("rejected"));
	}

	/**
	 * The topics with their latest wording, the intents they were answered with and the
	 * comments on them: three queries for all topics together.
	 */
	private List<Group> groups(List<Counts> counts) {
		if (counts.isEmpty()) {
			return List.of();
		}
		List<String> topics = counts.stream().map(Counts::topic).toList();
		Map<String, String> latest = new HashMap<>();
		this.jdbc.sql("""
				SELECT m.topic, m.question FROM conversation_message m
				JOIN (SELECT topic, MAX(created_at) AS last FROM conversation_message
				      WHERE tenant = :tenant AND topic IN (:topics)
				      GROUP BY topic) l ON l.topic = m.topic AND l.last = m.created_at
				WHERE m.tenant = :tenant""").param("topics", topics).param("tenant", tenant()).query(rs -> {
			latest.putIfAbsent(rs.getString(1), rs.getString(2));
		});
		Map<String, List<String>> intents = new HashMap<>();
		this.jdbc.sql("""
				SELECT topic, intent FROM conversation_message
				WHERE tenant = :tenant AND topic IN (:topics) AND intent IS NOT NULL
				GROUP BY topic, intent ORDER BY MAX(created_at) DESC""")
			.param("topics", topics)
			.param("tenant", tenant())
			.query(rs -> {
				List<String> list = intents.computeIfAbsent(rs.getString(1), t -> new ArrayList<>());
				if (list.size() < 3) {
					list.add(rs.getString(2));
				}
			});
		Map<String, List<String>> comments = new HashMap<>();
		this.jdbc.sql("""
				SELECT m.topic, f.comment FROM feedback f JOIN conversation_message m ON m.id = f.message_id
				WHERE m.tenant = :tenant AND m.topic IN (:topics) AND f.comment IS NOT NULL
				ORDER BY f.created_at DESC""").param("topics", topics).param("tenant", tenant()).query(rs -> {
			List<String> list = comments.computeIfAbsent(rs.getString(1), t -> new ArrayList<>());
			if (list.size() < 3) {
				list.add(rs.getString(2));
			}
		});
		Map<String, String> modelNotes = new HashMap<>();
		this.jdbc
			.sql("SELECT m.topic, m.generation FROM conversation_message m "
					+ "WHERE m.tenant = :tenant AND m.topic IN (:topics) AND " + MODEL_NOT_SHOWN
					+ " ORDER BY m.created_at DESC")
			.param("topics", topics)
			.param("tenant", tenant())
			.query(rs -> {
				modelNotes.putIfAbsent(rs.getString(1), rs.getString(2));
			});
		return counts.stream()
			.map(c -> new Group(c.topic(), latest.getOrDefault(c.topic(), ""), c.count(), c.lastSeen(), c.fallbacks(),
					c.clarified(), c.lowConfidence(), c.unhelpful(), intents.getOrDefault(c.topic(), List.of()),
					comments.getOrDefault(c.topic(), List.of()), c.rejected(), modelNotes.getOrDefault(c.topic(), "")))
			.toList();
	}

	/**
	 * Records what staff did with a topic; it leaves the inbox until it is asked again.
	 * The question is stored without personal data; a dismissed one is forgotten with the
	 * messages ({@link ConversationRetention}), an approved one stays as a test question.
	 * @param question the wording staff approved (for {@link #approved()})
	 * @param target the intent it was added to or created as, if any
	 */
	public void decide(String topic, Action action, String question, String target, String decidedBy) {
		OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		this.jdbc.sql("DELETE FROM inbox_decision WHERE tenant = ? AND topic = ?").params(tenant(), topic).update();
		this.jdbc.sql("""
				INSERT INTO inbox_decision (tenant, topic, action, question, target, decided_by, decided_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(tenant(), topic, action.name(),
					ConversationLog.fit(PersonalData.redact(question), ConversationLog.QUESTION_COLUMN), target,
					decidedBy, now)
			.update();
	}

	/**
	 * The questions staff approved from the inbox, as regression questions: an example
	 * must keep being answered by its intent, an out-of-scope question must keep falling
	 * back.
	 */
	public List<RegressionCase> approved() {
		return this.jdbc.sql("""
				SELECT question, action, target FROM inbox_decision
				WHERE tenant = ? AND action IN ('EXAMPLE', 'INTENT', 'OUT_OF_SCOPE') ORDER BY decided_at, topic""")
			.param(tenant())
			.query((rs, row) -> new RegressionCase(rs.getString(1),
					"OUT_OF_SCOPE".equals(rs.getString(2)) ? IntentClassifier.OUT_OF_SCOPE : rs.getString(3), "inbox"))
			.list();
	}

	/** The inbox is the current tenant's. */
	private String tenant() {
		return this.tenants.current().id();
	}

}
