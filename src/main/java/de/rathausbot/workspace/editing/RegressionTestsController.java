package de.rathausbot.workspace.editing;

import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.rathausbot.content.ContentStore;
import de.rathausbot.content.YamlText;
import de.rathausbot.intents.RegressionCase;
import de.rathausbot.training.AssistantTraining;
import de.rathausbot.training.RegressionResult;
import de.rathausbot.workspace.WorkspaceProblem;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff's regression questions, {@code /api/admin/tests}: every change to intents or
 * knowledge is tested with them before it is published. Questions added here are kept in
 * the intents file {@value #FILE}, versioned like any other content.
 */
@RestController
class RegressionTestsController {

	static final String FILE = "tests.yml";

	private final AssistantTraining training;

	private final VersionedItems items;

	RegressionTestsController(IntentEditing editing, AssistantTraining training) {
		this.training = training;
		this.items = editing.versioned(ContentStore.FILE, "test file", FILE);
	}

	record TestRequest(@NotBlank(message = "a question is required") String question,
			@NotNull(message = EXPECTATION) @Pattern(regexp = "\\s*" + RegressionCase.EXPECTATION_REGEX + "\\s*",
					message = EXPECTATION) String expect) {
	}

	private static final String EXPECTATION = "name an intent id, a knowledge reference (service:ID, contact:ID, "
			+ "event:ID) or out-of-scope";

	/** Every regression question as the bot in use answers it. */
	@GetMapping("/api/admin/tests")
	TestRun run() {
		List<RegressionResult> results = this.training.test();
		return new TestRun(results.size(), results.stream().filter(RegressionResult::passed).count(), results);
	}

	/** The regression questions answered now, and how many got what they expect. */
	record TestRun(int total, long passed, List<RegressionResult> results) {
	}

	@PostMapping("/api/admin/tests")
	ResponseEntity<?> add(@Valid @RequestBody TestRequest request, Principal author) {
		List<Object> tests = tests();
		Map<String, Object> test = new LinkedHashMap<>();
		test.put("question", request.question().strip());
		test.put("expect", request.expect().strip());
		tests.add(test);
		return save(tests, author, "added a test question", HttpStatus.CREATED);
	}

	@DeleteMapping("/api/admin/tests")
	ResponseEntity<?> remove(@RequestParam String question, Principal author) {
		List<Object> tests = tests();
		boolean removed = tests.removeIf(t -> t instanceof Map<?, ?> m && question.strip().equals(m.get("question")));
		if (!removed) {
			return WorkspaceProblem.notFound("no test question '" + question + "' in " + FILE);
		}
		return save(tests, author, "removed a test question", HttpStatus.OK);
	}

	@GetMapping("/api/admin/tests/versions")
	ResponseEntity<?> versions() {
		return this.items.versions(FILE);
	}

	@PostMapping("/api/admin/tests/versions/{n}/restore")
	ResponseEntity<?> restore(@PathVariable int n, Principal author) {
		return this.items.restore(FILE, n, author.getName(), true);
	}

	/** The questions of {@value #FILE}, with the rest of that file kept. */
	@SuppressWarnings("unchecked")
	private List<Object> tests() {
		return new ArrayList<>(file().map(f -> (List<Object>) f.getOrDefault("tests", List.of())).orElse(List.of()));
	}

	@SuppressWarnings("unchecked")
	private Optional<Map<String, Object>> file() {
		return this.items.item(FILE).map(item -> (Map<String, Object>) YamlText.load(item.body()));
	}

	/**
	 * Stores the questions; a question that fails is no regression (it failed before
	 * too), so this is never refused for the questions' sake.
	 */
	private ResponseEntity<?> save(List<Object> tests, Principal author, String summary, HttpStatus status) {
		Map<String, Object> file = new LinkedHashMap<>(file().orElse(Map.of()));
		file.put("tests", tests);
		return this.items.save(FILE, YamlText.dump(file), author.getName(), summary, status, true);
	}

}
