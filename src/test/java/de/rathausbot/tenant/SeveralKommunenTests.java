package de.rathausbot.tenant;

import java.time.LocalDate;
import java.util.List;

import de.rathausbot.content.ContentException;
import de.rathausbot.content.ContentFiles.ContentFile;
import de.rathausbot.conversation.Analytics;
import de.rathausbot.conversation.Inbox;
import de.rathausbot.knowledge.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import de.rathausbot.workspace.StaffSignIn;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Landkreis demo: the Landkreis Ludwigsburg, the Stadt Ludwigsburg and an invented
 * Beispielstadt on one installation. A Kommune answers Landkreis matters from the
 * Landkreis's content and says that the Landratsamt is responsible; its own items win
 * over inherited ones and it can hide them; it never answers with another Kommune's
 * facts; its conversations stay its own, the Landkreis counts its Kommunen's too.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles({ "test", "landkreis" })
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:several-kommunen;DB_CLOSE_DELAY=-1")
@DirtiesContext
class SeveralKommunenTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Tenants tenants;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	Inbox inbox;

	@Autowired
	Analytics analytics;

	private MvcTestResult chat(String tenant, String text) {
		String field = tenant == null ? "" : ", \"tenant\": \"" + tenant + "\"";
		return this.mvc.post()
			.uri("/api/chat")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\": \"" + text + "\"" + field + "}")
			.exchange();
	}

	private String answer(String tenant, String text) {
		MvcTestResult result = chat(tenant, text);
		assertThat(result).hasStatusOk();
		return de.rathausbot.workspace.StaffSignIn.bodyOf(result);
	}

	@Test
	void aKommuneAnswersALandkreisMatterFromTheLandkreisAndSaysWhoIsResponsible() {
		String kfz = answer("beispielstadt", "Wo kann ich mein Auto anmelden?");

		assertThat(kfz).contains("Zuständig ist das Landratsamt (Landkreis Ludwigsburg), nicht das Rathaus")
			.contains("Zulassungsstelle des Landratsamts Ludwigsburg");
		assertThat(answer("landkreis-ludwigsburg", "Wo kann ich mein Auto anmelden?")).doesNotContain("Zuständig ist")
			.contains("Zulassungsstelle");
		// the Stadt Ludwigsburg has its own item of the same id: it overrides the
		// Landkreis's
		assertThat(answer("ludwigsburg", "Wo kann ich mein Auto anmelden?")).doesNotContain("Zuständig ist")
			.contains("nicht im Rathaus");
		assertThat(this.tenants.as(this.tenants.named("ludwigsburg"),
				() -> this.knowledge.current().origin("service:kfz-zulassung")))
			.contains("ludwigsburg");
	}

	@Test
	void eachKommuneAnswersWithItsOwnFactsNeverAnothersOnes() {
		assertThat(answer("beispielstadt", "Wann hat das Rathaus geöffnet?")).contains("Beispielstadt")
			.contains("14–17 Uhr")
			.doesNotContain("Rathaus Ludwigsburg");
		assertThat(answer("ludwigsburg", "Wann hat das Rathaus geöffnet?")).contains("Rathaus Ludwigsburg")
			.doesNotContain("Beispielstadt");
		assertThat(answer("beispielstadt", "Was kostet ein Reisepass?")).doesNotContain("70,00");
		assertThat(answer(null, "Was kostet ein Reisepass?")).as("the default tenant is the Stadt Ludwigsburg")
			.contains("70,00");
	}

	@Test
	void anUnknownTenantIsARequestError() {
		assertThat(chat("stuttgart", "Hallo")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("unknown tenant 'stuttgart'")
			.contains("beispielstadt");
	}

	@Test
	void aKommuneHidesWhatItDoesNotWantToInheritAndOnlyThat() {
		Tenant beispielstadt = this.tenants.named("beispielstadt");
		ContentFile contacts = new ContentFile("contacts.yml",
				"contacts:\n  - id: rathaus\n    name: Rathaus Beispielstadt\n");
		KnowledgeBase.Snapshot hidden = this.tenants.as(beispielstadt, () -> this.knowledge
			.read(List.of(contacts, new ContentFile("hide.yml", "hide: [service:kfz-zulassung]\n"))));

		assertThat(hidden.contains("service:kfz-zulassung")).isFalse();
		assertThat(hidden.contains("contact:zulassungsstelle")).isTrue();
		assertThat(hidden.origin("contact:zulassungsstelle")).contains("landkreis-ludwigsburg");
		assertThat(hidden.origin("contact:rathaus")).contains("beispielstadt");
		assertThatThrownBy(() -> this.tenants.as(beispielstadt,
				() -> this.knowledge
					.read(List.of(contacts, new ContentFile("hide.yml", "hide: [service:reisepass]\n")))))
			.isInstanceOf(ContentException.class)
			.hasMessageContaining("hides 'service:reisepass', which is not inherited");
	}

	@Test
	void aKommunesConversationsAreItsOwnAndTheLandkreisCountsThemAll() {
		String question = "Gibt es einen Hundeplatz für Welpen?";
		answer("beispielstadt", question);

		assertThat(this.tenants.as(this.tenants.named("beispielstadt"), () -> this.inbox.open(false, 50)))
			.anySatisfy(group -> assertThat(group.question()).isEqualTo(question));
		assertThat(this.tenants.as(this.tenants.named("ludwigsburg"), () -> this.inbox.open(false, 50)))
			.noneSatisfy(group -> assertThat(group.question()).isEqualTo(question));
		LocalDate today = LocalDate.now();
		long kommune = this.tenants
			.as(this.tenants.named("beispielstadt"), () -> this.analytics.report(today.minusDays(1), today.plusDays(1)))
			.messages();
		long landkreis = this.tenants
			.as(this.tenants.named("landkreis-ludwigsburg"),
					() -> this.analytics.report(today.minusDays(1), today.plusDays(1)))
			.messages();
		assertThat(kommune).isPositive();
		assertThat(landkreis).isGreaterThanOrEqualTo(kommune);
	}

	@Test
	void anEditorOfOneKommuneWorksOnItAloneAndTheLandkreisSeesItsHeirs() throws Exception {
		assertThat(this.mvc.post()
			.uri("/api/admin/users")
			.header(HttpHeaders.AUTHORIZATION, StaffSignIn.ADMIN)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\": \"beispiel-redaktion\", \"password\": \"beispiel-passwort-1\", "
					+ "\"roles\": [\"EDITOR\"], \"tenants\": [\"beispielstadt\"]}")
			.exchange()).hasStatus(201)
			.bodyJson()
			.extractingPath("$.tenants")
			.asArray()
			.containsExactly("beispielstadt");
		String editor = StaffSignIn.basic("beispiel-redaktion", "beispiel-passwort-1");

		assertThat(admin(editor, null, "/api/admin/me")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.tenancy.current")
			.isEqualTo("beispielstadt");
		assertThat(admin(editor, "beispielstadt", "/api/admin/knowledge/contacts")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.containsExactly("rathaus");
		assertThat(admin(editor, "ludwigsburg", "/api/admin/knowledge/contacts")).hasStatus(403)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("may not work on ludwigsburg");
		assertThat(this.mvc.put()
			.uri("/api/admin/knowledge/services/kfz-zulassung")
			.header(HttpHeaders.AUTHORIZATION, editor)
			.header("X-Rathausbot-Tenant", "landkreis-ludwigsburg")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\": \"Kfz\", \"summary\": \"geändert\"}")
			.exchange()).hasStatus(403);
		assertThat(admin(editor, "beispielstadt", "/api/admin/inbox")).hasStatusOk();
		assertThat(admin(editor, "nirgendwo", "/api/admin/inbox")).hasStatus(400);

		assertThat(admin(StaffSignIn.ADMIN, "landkreis-ludwigsburg", "/api/admin/me")).bodyJson()
			.extractingPath("$.tenancy.heirs[*].id")
			.asArray()
			.containsExactly("ludwigsburg", "beispielstadt");
		assertThat(admin(StaffSignIn.ADMIN, "landkreis-ludwigsburg", "/api/admin/knowledge/services")).bodyJson()
			.extractingPath("$[*].id")
			.asArray()
			.containsExactly("kfz-zulassung");
	}

	@Test
	void theReadApiIsPerKommune() {
		assertThat(this.mvc.get().uri("/api/knowledge/contacts?tenant=beispielstadt")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].id")
			.asArray()
			.contains("rathaus", "zulassungsstelle")
			.doesNotContain("buergerbuero");
		assertThat(this.mvc.get().uri("/api/knowledge/contacts?tenant=nirgendwo")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.contains("unknown tenant 'nirgendwo'");
	}

	private MvcTestResult admin(String authorization, String tenant, String uri) {
		var request = this.mvc.get().uri(uri).header(HttpHeaders.AUTHORIZATION, authorization);
		if (tenant != null) {
			request = request.header("X-Rathausbot-Tenant", tenant);
		}
		return request.exchange();
	}

}
