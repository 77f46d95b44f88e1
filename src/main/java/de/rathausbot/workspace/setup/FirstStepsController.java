package de.rathausbot.workspace.setup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.rathausbot.dialogue.DialogueProperties;
import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.system.SystemProperties;
import de.rathausbot.tenant.Tenant;
import de.rathausbot.tenant.Tenants;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * "Erste Schritte" for a new city, {@code GET /api/admin/first-steps}: what makes the bot
 * the city's own, each step with its state now and where it is done (a workspace page, or
 * a setting of the operator's configuration with its README section).
 */
@RestController
class FirstStepsController {

	/** A catalogue has hundreds of services; the demo has six. */
	private static final int CATALOGUE_SIZE = 20;

	/** Test questions that make "test before save" worth its name. */
	private static final int ENOUGH_TESTS = 10;

	private final SystemProperties system;

	private final DialogueProperties dialogue;

	private final KnowledgeBase knowledge;

	private final IntentCatalog intents;

	private final Environment environment;

	private final Tenants tenants;

	FirstStepsController(SystemProperties system, DialogueProperties dialogue, KnowledgeBase knowledge,
			IntentCatalog intents, Environment environment, Tenants tenants) {
		this.tenants = tenants;
		this.system = system;
		this.dialogue = dialogue;
		this.knowledge = knowledge;
		this.intents = intents;
		this.environment = environment;
	}

	/**
	 * @param done whether the step is done as far as the bot can tell
	 * @param state what is set now, in words
	 * @param page the workspace page where it is done ({@code #…}), if there is one
	 * @param readme the README section that says how
	 * @param setting the configuration setting, for steps the operator does
	 */
	record Step(String title, boolean done, String state, Optional<String> page, String readme,
			Optional<String> setting) {
	}

	/**
	 * @param embed the widget's embed code with the city's name and colour
	 */
	record FirstSteps(List<Step> steps, String embed) {
	}

	@GetMapping("/api/admin/first-steps")
	FirstSteps firstSteps() {
		SystemProperties.City city = this.system.city();
		List<Step> steps = new ArrayList<>();
		steps.add(new Step("Name und Farbe der Stadt", !city.name().isBlank(),
				city.name().isBlank() ? "noch nicht gesetzt (Farbe " + city.color() + ")"
						: city.name() + ", Farbe " + city.color(),
				Optional.empty(), "Configuration", Optional.of("rathausbot.city.name, rathausbot.city.color")));
		String handoverId = this.dialogue.handoverContactOf(this.tenants.current());
		Optional<Contact> handover = this.knowledge.contact(handoverId);
		steps.add(new Step("Kontakt, an den der Bot verweist, wenn er nicht helfen kann",
				handover.filter(c -> c.phone().isPresent() || c.openingHours().isPresent()).isPresent(),
				handover
					.map(c -> c.name() + (c.phone().isPresent() ? ", Telefon " + c.phone().get() : ", ohne Telefon")
							+ (c.openingHours().isPresent() ? ", mit Öffnungszeiten" : ", ohne Öffnungszeiten"))
					.orElse("der Kontakt „" + handoverId + "“ fehlt"),
				Optional.of(handover.map(c -> "#knowledge/contacts/" + c.id()).orElse("#knowledge/contacts/neu")),
				"Configuration", Optional.of("rathausbot.conversation.handover-contact")));
		int services = this.knowledge.services().size();
		steps.add(new Step("Dienstleistungskatalog der Stadt importieren", services >= CATALOGUE_SIZE,
				services + " Dienstleistungen", Optional.of("#knowledge/services"), "Using your own service catalogue",
				Optional.empty()));
		List<String> origins = Binder.get(this.environment)
			.bind("rathausbot.web.allowed-origins", Bindable.listOf(String.class))
			.orElse(List.of());
		steps.add(new Step("Chat-Fenster (Widget) in die Internetseite der Stadt einbinden", !origins.isEmpty(),
				origins.isEmpty() ? "keine Internetseite freigegeben" : "freigegeben für " + String.join(", ", origins),
				Optional.empty(), "Web widget", Optional.of("rathausbot.web.allowed-origins")));
		boolean telegram = !this.environment.getProperty("rathausbot.telegram.token", "").isBlank();
		steps.add(new Step("Telegram-Bot verbinden (optional)", telegram,
				telegram ? "verbunden" : "kein Telegram-Token gesetzt", Optional.empty(), "Telegram",
				Optional.of("rathausbot.telegram.token")));
		int tests = this.intents.content().tests().size();
		steps.add(new Step("Testfragen anlegen, die jede Änderung bestehen muss", tests >= ENOUGH_TESTS,
				tests + " Testfragen", Optional.of("#tests"), "Test before save", Optional.empty()));
		return new FirstSteps(steps,
				embed(city, this.tenants.several() ? Optional.of(this.tenants.current()) : Optional.empty()));
	}

	/** The widget's embed code: the city's, or on several Kommunen the current one's. */
	private static String embed(SystemProperties.City city, Optional<Tenant> tenant) {
		String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
		String name = tenant.map(Tenant::name).orElse(city.name());
		String title = name.isBlank() ? "Rathausbot" : "Frag " + name.replaceFirst("^(Stadt|Gemeinde) ", "");
		String color = tenant.map(Tenant::color).orElse(city.color());
		return "<script src=\"" + base + "/widget.js\" defer data-title=\"" + attribute(title) + "\" data-color=\""
				+ attribute(color) + "\" data-lang=\"de\""
				+ tenant.map(t -> " data-tenant=\"" + attribute(t.id()) + "\"").orElse("") + "></script>";
	}

	private static String attribute(String value) {
		return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
	}

}
