package de.rathausbot.workspace.insights;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import de.rathausbot.conversation.Inbox;
import de.rathausbot.dialogue.Dialogue;
import de.rathausbot.dialogue.Explanation;
import de.rathausbot.intents.Intent;
import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.workspace.WorkspaceProblem;
import de.rathausbot.workspace.editing.IntentEditing;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The inbox, {@code /api/admin/inbox}: what citizens asked that the bot could not answer
 * well, grouped by topic, with the intents it most likely belongs to. Each action takes
 * the same path as an editor's change (checked, tested, published at once) and then takes
 * the topic out of the inbox.
 */
@RestController
class InboxController {

	private final Inbox inbox;

	private final Dialogue dialogue;

	private final IntentCatalog intents;

	private final IntentEditing editing;

	InboxController(Inbox inbox, Dialogue dialogue, IntentCatalog intents, IntentEditing editing) {
		this.inbox = inbox;
		this.dialogue = dialogue;
		this.intents = intents;
		this.editing = editing;
	}

	/** An intent the question probably belongs to. */
	record Suggestion(String intent, String title, double confidence) {
	}

	record ExampleRequest(String intent, String question) {
	}

	record NewIntentRequest(String id, String title, List<String> examples, String answer, List<String> quickReplies,
			String knowledge) {
	}

	@GetMapping("/api/admin/inbox")
	List<TopicView> open(@RequestParam(defaultValue = "frequent") String sort,
			@RequestParam(defaultValue = "50") int limit) {
		return this.inbox.open("latest".equals(sort), Math.max(1, Math.min(limit, 500)))
			.stream()
			.map(group -> new TopicView(group.topic(), group.question(), group.count(), group.lastSeen().toString(),
					new Reasons(group.fallbacks(), group.clarified(), group.lowConfidence(), group.unhelpful(),
							group.modelRejected()),
					group.answeredWith(), group.comments(), group.modelNote(), suggestions(group.question())))
			.toList();
	}

	/**
	 * An open topic of the inbox: its latest question, how often and why it is here, and
	 * suggestions.
	 *
	 * @param modelNote why the language model's answer was last not shown; empty if never
	 */
	record TopicView(String topic, String question, long count, String lastSeen, Reasons reasons,
			List<String> answeredWith, List<String> comments, String modelNote, List<Suggestion> suggestions) {
	}

	/**
	 * How many of the topic's messages fell back, were asked back, were unsure or rated
	 * unhelpful, or got the quoted page because the language model's answer did not pass
	 * the check.
	 */
	record Reasons(long fallback, long clarified, long lowConfidence, long unhelpful, long modelRejected) {
	}

	/**
	 * The intents the matcher ranks highest for the question (knowledge items map to
	 * their intents).
	 */
	private List<Suggestion> suggestions(String question) {
		List<Suggestion> suggestions = new ArrayList<>();
		for (Explanation.Scored candidate : this.dialogue.explanation(question).candidates()) {
			Optional<Intent> intent = this.intents.content()
				.find(candidate.label())
				.or(() -> this.intents.content()
					.intents()
					.stream()
					.filter(i -> i.knowledge().filter(candidate.label()::equals).isPresent())
					.findFirst());
			if (intent.isPresent() && suggestions.stream().noneMatch(s -> s.intent().equals(intent.get().id()))) {
				suggestions.add(new Suggestion(intent.get().id(), intent.get().title(),
						Math.round(candidate.confidence() * 100) / 100.0));
			}
			if (suggestions.size() == 3) {
				break;
			}
		}
		return suggestions;
	}

	/** Adds the question (or a corrected wording of it) as an example of an intent. */
	@PostMapping("/api/admin/inbox/{topic}/example")
	ResponseEntity<?> addExample(@PathVariable String topic, @RequestBody ExampleRequest request,
			@RequestParam(defaultValue = "false") boolean force, Principal author) {
		return withOpen(topic, group -> {
			if (request.intent() == null || request.intent().isBlank()) {
				return WorkspaceProblem.invalid("intent", "name the intent the question belongs to");
			}
			String question = wording(request.question(), group);
			ResponseEntity<?> saved = this.editing.addExample(request.intent().strip(), question, force,
					author.getName());
			return decidedIf(saved, topic, Inbox.Action.EXAMPLE, question, request.intent().strip(), author);
		});
	}

	/** Creates an intent whose examples include the question. */
	@PostMapping("/api/admin/inbox/{topic}/intent")
	ResponseEntity<?> createIntent(@PathVariable String topic, @RequestBody NewIntentRequest request,
			@RequestParam(defaultValue = "false") boolean force, Principal author) {
		return withOpen(topic, group -> {
			String id = request.id() == null ? "" : request.id().strip();
			if (this.intents.content().find(id).isPresent()) {
				return WorkspaceProblem.invalid("id", "an intent '" + id + "' exists already; add the question to it");
			}
			List<String> examples = new ArrayList<>(request.examples() == null ? List.of() : request.examples());
			if (examples.stream().noneMatch(e -> e.strip().equals(group.question()))) {
				examples.add(0, group.question());
			}
			ResponseEntity<?> saved = this.editing.save(id, new IntentEditing.IntentRequest(request.title(), examples,
					request.answer(), request.quickReplies(), request.knowledge()), force, author.getName());
			return decidedIf(saved, topic, Inbox.Action.INTENT, group.question(), id, author);
		});
	}

	/**
	 * Keeps the question as one the bot must not answer: an out-of-scope example, which
	 * makes similar questions fall back.
	 */
	@PostMapping("/api/admin/inbox/{topic}/out-of-scope")
	ResponseEntity<?> outOfScope(@PathVariable String topic, @RequestParam(defaultValue = "false") boolean force,
			Principal author) {
		return withOpen(topic, group -> markOutOfScope(topic, group.question(), force, author));
	}

	private ResponseEntity<?> markOutOfScope(String topic, String question, boolean force, Principal author) {
		ResponseEntity<?> saved = this.editing.addOutOfScope(question, force, author.getName());
		return decidedIf(saved, topic, Inbox.Action.OUT_OF_SCOPE, question, null, author);
	}

	@PostMapping("/api/admin/inbox/{topic}/dismiss")
	ResponseEntity<?> dismiss(@PathVariable String topic, Principal author) {
		return withOpen(topic, group -> {
			this.inbox.decide(topic, Inbox.Action.DISMISSED, group.question(), null, author.getName());
			return ResponseEntity.noContent().build();
		});
	}

	private static String wording(String corrected, Inbox.Group group) {
		return corrected == null || corrected.isBlank() ? group.question() : corrected.strip();
	}

	/** Takes the topic out of the inbox if the change was saved; passes the answer on. */
	private ResponseEntity<?> decidedIf(ResponseEntity<?> saved, String topic, Inbox.Action action, String question,
			String target, Principal author) {
		if (saved.getStatusCode().is2xxSuccessful()) {
			this.inbox.decide(topic, action, question, target, author.getName());
		}
		return saved;
	}

	/** Acts on an open topic; {@code 404} if it is not open. */
	private ResponseEntity<?> withOpen(String topic, Function<Inbox.Group, ResponseEntity<?>> action) {
		return this.inbox.group(topic)
			.<ResponseEntity<?>>map(action)
			.orElseGet(() -> WorkspaceProblem
				.notFound("no open inbox topic '" + topic + "' (decided already, or never asked)"));
	}

}
