package de.rathausbot.handover;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import de.rathausbot.workspace.StaffSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen continues the conversation with a person: the offer, the queue, a staff
 * member taking it, messages both ways with the bot silent, and the bot answering again
 * after the close. The clock stands on a Monday morning, within the live-chat hours.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(properties = { "spring.datasource.url=jdbc:h2:mem:live-chat;DB_CLOSE_DELAY=-1",
		"rathausbot.clock.fixed=2026-11-30T10:00:00+01:00" })
@DirtiesContext
class LiveChatTests {

	private static final String SECOND = StaffSignIn.basic("kollegin", "kollegin-passwort-1");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Availability availability;

	@Autowired
	AbandonedWaits waits;

	private String chat(String text, String conversationId) {
		MvcTestResult result = this.mvc.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"" + text + "\""
					+ (conversationId == null ? "" : ", \"conversationId\": \"" + conversationId + "\"") + "}")
			.exchange();
		assertThat(result).hasStatusOk();
		return StaffSignIn.bodyOf(result);
	}

	private MvcTestResult staff(String who, String method, String uri, String json) {
		var request = switch (method) {
			case "GET" -> this.mvc.get().uri(uri);
			case "PUT" -> this.mvc.put().uri(uri);
			default -> this.mvc.post().uri(uri);
		};
		if (json != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return request.header(HttpHeaders.AUTHORIZATION, who).exchange();
	}

	private void available(String who, boolean available) {
		assertThat(staff(who, "PUT", "/api/admin/handover/availability", "{\"available\": " + available + "}"))
			.hasStatus(204);
	}

	private List<Map<String, Object>> citizenMessages(String conversationId, String after) {
		MvcTestResult result = this.mvc.get()
			.uri("/api/chat/" + conversationId + "/messages" + (after == null ? "" : "?after=" + after))
			.exchange();
		assertThat(result).hasStatusOk();
		return JsonPath.read(StaffSignIn.bodyOf(result), "$");
	}

	private long botExchanges(String conversationId) {
		return this.jdbc.sql("SELECT COUNT(*) FROM conversation_message WHERE conversation_id = ?")
			.param(conversationId)
			.query(Long.class)
			.single();
	}

	private String waitingConversation() {
		available(StaffSignIn.ADMIN, true);
		String first = chat("Ich möchte mit einem Menschen sprechen", null);
		String id = JsonPath.read(first, "$.conversationId");
		assertThat((List<String>) JsonPath.read(first, "$.quickReplies"))
			.contains("Mit einer Mitarbeiterin / einem Mitarbeiter chatten");
		String queued = chat("Mit einer Mitarbeiterin / einem Mitarbeiter chatten", id);
		assertThat((String) JsonPath.read(queued, "$.handover")).isEqualTo("waiting");
		assertThat((Integer) JsonPath.read(queued, "$.queuePosition")).isPositive();
		assertThat((List<String>) JsonPath.read(queued, "$.quickReplies")).containsExactly("Warten abbrechen");
		return id;
	}

	@Test
	void aCitizenIsQueuedTakenAndAnsweredByAPersonWhileTheBotStaysSilentThenTheBotAnswersAgain() {
		String id = waitingConversation();
		String waiting = chat("Es geht um meinen Antrag, Sie erreichen mich unter 0176 1234567", id);
		assertThat((String) JsonPath.read(waiting, "$.handover")).isEqualTo("waiting");

		MvcTestResult queue = staff(StaffSignIn.ADMIN, "GET", "/api/admin/handover", null);
		assertThat(queue).hasStatusOk();
		String overview = StaffSignIn.bodyOf(queue);
		assertThat((Boolean) JsonPath.read(overview, "$.available")).isTrue();
		assertThat((Boolean) JsonPath.read(overview, "$.withinHours")).isTrue();
		List<String> texts = JsonPath.read(overview,
				"$.conversations[?(@.conversationId == '" + id + "')].conversation[*].text");
		assertThat(texts)
			.contains("Ich möchte mit einem Menschen sprechen",
					"Es geht um meinen Antrag, Sie erreichen mich unter [TELEFON]")
			.noneMatch(t -> t.contains("1234567"));

		assertThat(staff(StaffSignIn.ADMIN, "POST", "/api/admin/handover/" + id + "/take", null)).hasStatus(204);
		assertThat(citizenMessages(id, null)).extracting(m -> m.get("text"))
			.contains("Eine Mitarbeiterin / ein Mitarbeiter der Stadt ist jetzt für Sie da.");

		long exchanges = botExchanges(id);
		String meanwhile = chat("Was kostet ein Reisepass?", id);
		assertThat((String) JsonPath.read(meanwhile, "$.text")).isEmpty();
		assertThat((String) JsonPath.read(meanwhile, "$.handover")).isEqualTo("active");
		assertThat(botExchanges(id)).isEqualTo(exchanges);

		String last = (String) citizenMessages(id, null).get(citizenMessages(id, null).size() - 1).get("messageId");
		assertThat(staff(StaffSignIn.ADMIN, "POST", "/api/admin/handover/" + id + "/messages",
				"{\"text\": \"Der Reisepass kostet 70 Euro. Kann ich sonst helfen?\"}"))
			.hasStatus(201);
		List<Map<String, Object>> news = citizenMessages(id, last);
		assertThat(news).singleElement().satisfies(m -> {
			assertThat(m).containsEntry("from", "staff")
				.containsEntry("text", "Der Reisepass kostet 70 Euro. Kann ich sonst helfen?");
		});

		assertThat(staff(StaffSignIn.ADMIN, "POST", "/api/admin/handover/" + id + "/close",
				"{\"note\": \"Frage zum Reisepass beantwortet\", \"backToBot\": true}"))
			.hasStatus(204);
		List<Map<String, Object>> ending = citizenMessages(id, (String) news.get(0).get("messageId"));
		assertThat(ending).singleElement().satisfies(m -> assertThat(m).containsEntry("ends", true));
		assertThat(citizenMessages(id, null)).extracting(m -> m.get("text"))
			.doesNotContain("Frage zum Reisepass beantwortet");

		String again = chat("Was kostet ein Reisepass?", id);
		assertThat((String) JsonPath.read(again, "$.text")).contains("70,00");
		assertThat((Object) JsonPath.read(again, "$.handover")).isNull();
	}

	@Test
	void aConversationBelongsToOneStaffMember() {
		staff(StaffSignIn.ADMIN, "POST", "/api/admin/users",
				"{\"username\": \"kollegin\", \"password\": \"kollegin-passwort-1\", \"roles\": [\"EDITOR\"]}");
		String id = waitingConversation();

		assertThat(staff(StaffSignIn.ADMIN, "POST", "/api/admin/handover/" + id + "/take", null)).hasStatus(204);
		assertThat(staff(SECOND, "POST", "/api/admin/handover/" + id + "/take", null)).hasStatus(409);
		assertThat(staff(SECOND, "POST", "/api/admin/handover/" + id + "/messages", "{\"text\": \"Hallo\"}"))
			.hasStatus(409);
		assertThat(staff(SECOND, "POST", "/api/admin/handover/unknown-conversation/take", null)).hasStatus(404);
		staff(StaffSignIn.ADMIN, "POST", "/api/admin/handover/" + id + "/close", "{}");
	}

	@Test
	void aCitizenMayStopWaitingAndAWaitNobodyTakesEnds() {
		String id = waitingConversation();
		String cancelled = chat("Warten abbrechen", id);
		assertThat((String) JsonPath.read(cancelled, "$.text")).contains("Sie warten nicht mehr");
		assertThat((Object) JsonPath.read(cancelled, "$.handover")).isNull();
		assertThat((String) JsonPath.read(chat("Was kostet ein Reisepass?", id), "$.text")).contains("70,00");

		String forgotten = waitingConversation();
		this.jdbc.sql("UPDATE handover SET requested_at = requested_at - INTERVAL '1' HOUR WHERE conversation_id = ?")
			.param(forgotten)
			.update();
		assertThat(this.waits.endAbandoned()).isEqualTo(1);
		assertThat(citizenMessages(forgotten, null)).last().satisfies(m -> assertThat(m).containsEntry("ends", true));
		String analytics = StaffSignIn
			.bodyOf(staff(StaffSignIn.ADMIN, "GET", "/api/admin/analytics?from=2026-11-30&to=2026-11-30", null));
		assertThat((Integer) JsonPath.read(analytics, "$.liveChat.cancelled")).isGreaterThanOrEqualTo(1);
		assertThat((Integer) JsonPath.read(analytics, "$.liveChat.abandoned")).isGreaterThanOrEqualTo(1);
		assertThat((Integer) JsonPath.read(analytics, "$.liveChat.requested")).isGreaterThanOrEqualTo(2);
	}

	@Test
	void nobodyIsOfferedWhenNoStaffMemberIsAvailableAndTheBotOffersAPersonAfterTwoFailures() {
		available(StaffSignIn.ADMIN, false);
		String alone = chat("Ich möchte mit einem Menschen sprechen", null);
		assertThat((List<String>) JsonPath.read(alone, "$.quickReplies"))
			.doesNotContain("Mit einer Mitarbeiterin / einem Mitarbeiter chatten");
		String id = JsonPath.read(alone, "$.conversationId");
		String notQueued = chat("Mit einer Mitarbeiterin / einem Mitarbeiter chatten", id);
		assertThat((Object) JsonPath.read(notQueued, "$.handover")).isNull();

		available(StaffSignIn.ADMIN, true);
		String first = chat("Wie wird das Wetter morgen?", null);
		String conversation = JsonPath.read(first, "$.conversationId");
		assertThat((List<String>) JsonPath.read(first, "$.quickReplies"))
			.doesNotContain("Mit einer Mitarbeiterin / einem Mitarbeiter chatten");
		String second = chat("Wer gewinnt die Bundesliga?", conversation);
		assertThat((Boolean) JsonPath.read(second, "$.fallback")).isTrue();
		assertThat((List<String>) JsonPath.read(second, "$.quickReplies"))
			.contains("Mit einer Mitarbeiterin / einem Mitarbeiter chatten");
	}

	@Test
	void liveChatIsOfferedOnlyWithinItsHoursAndNotOnPublicHolidays() {
		assertThat(this.availability.withinHours(ZonedDateTime.parse("2026-11-30T10:00:00+01:00[Europe/Berlin]")))
			.isTrue();
		assertThat(this.availability.withinHours(ZonedDateTime.parse("2026-11-30T17:00:00+01:00[Europe/Berlin]")))
			.isFalse();
		assertThat(this.availability.withinHours(ZonedDateTime.parse("2026-11-28T10:00:00+01:00[Europe/Berlin]")))
			.as("Saturday")
			.isFalse();
		assertThat(this.availability.withinHours(ZonedDateTime.parse("2026-12-25T10:00:00+01:00[Europe/Berlin]")))
			.as("Christmas Day, a Friday")
			.isFalse();
	}

	@Test
	void deletingTheConversationDeletesTheLiveChatAndEndsTheWait() {
		String id = waitingConversation();
		assertThat(this.mvc.delete().uri("/api/chat/" + id).exchange()).hasStatus(204);

		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM live_message WHERE conversation_id = ?")
			.param(id)
			.query(Long.class)
			.single()).isZero();
		this.waits.endAbandoned();
		List<String> open = JsonPath.read(
				StaffSignIn.bodyOf(staff(StaffSignIn.ADMIN, "GET", "/api/admin/handover", null)),
				"$.conversations[*].conversationId");
		assertThat(open).doesNotContain(id);
	}

}
