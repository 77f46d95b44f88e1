package de.rathausbot.workspace.editing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import de.rathausbot.content.ContentException;
import de.rathausbot.content.ContentFiles.ContentFile;
import de.rathausbot.content.ContentStore;
import de.rathausbot.intents.IntentCatalog;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.training.AssistantTraining;
import de.rathausbot.workspace.WorkspaceProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The content as files, so it can be kept in git: {@code GET /api/admin/export} gives a
 * zip of {@code intents/} and {@code knowledge/} in the usual formats;
 * {@code POST /api/admin/import} (a zip as body) merges such files back in. An import is
 * checked as a whole before anything is stored; a broken file is named with its line and
 * nothing changes.
 */
@RestController
class ContentTransferController {

	private static final int MAX_ZIP_ENTRIES = 500;

	private static final long MAX_ENTRY_BYTES = 5_000_000;

	/** All files of a zip together, unpacked. */
	static final long MAX_TOTAL_BYTES = 50_000_000;

	/** The zip as sent. */
	static final long MAX_UPLOAD_BYTES = 20_000_000;

	private final ContentStore store;

	private final IntentCatalog intents;

	private final KnowledgeBase knowledge;

	private final AssistantTraining training;

	ContentTransferController(ContentStore store, IntentCatalog intents, KnowledgeBase knowledge,
			AssistantTraining training) {
		this.store = store;
		this.intents = intents;
		this.knowledge = knowledge;
		this.training = training;
	}

	@GetMapping("/api/admin/export")
	ResponseEntity<byte[]> export() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (String group : List.of(IntentCatalog.GROUP, KnowledgeBase.GROUP)) {
				for (ContentFile file : this.store.files(group)) {
					// pages go back to the folder they came from
					boolean page = file.name().endsWith(".md") || file.name().endsWith(".txt");
					zip.putNextEntry(new ZipEntry(
							page ? file.name().replaceFirst("^" + KnowledgeBase.GROUP + "/", "knowledge/pages/")
									: file.name()));
					zip.write(file.text().getBytes(StandardCharsets.UTF_8));
					zip.closeEntry();
				}
			}
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("rathausbot-content.zip").build().toString())
			.body(bytes.toByteArray());
	}

	@PostMapping(path = "/api/admin/import", consumes = { "application/zip", MediaType.APPLICATION_OCTET_STREAM_VALUE })
	ResponseEntity<?> importZip(jakarta.servlet.http.HttpServletRequest request,
			@RequestParam(defaultValue = "false") boolean force, Principal author) throws IOException {
		if (request.getContentLengthLong() > MAX_UPLOAD_BYTES) {
			return tooLarge();
		}
		byte[] zip = request.getInputStream().readNBytes((int) MAX_UPLOAD_BYTES + 1);
		if (zip.length > MAX_UPLOAD_BYTES) {
			return tooLarge();
		}
		Map<String, List<ContentFile>> byGroup;
		try {
			byGroup = unzip(zip);
		}
		catch (IOException | IllegalArgumentException ex) {
			return WorkspaceProblem.badRequest("not a readable zip: " + ex.getMessage());
		}
		if (byGroup.values().stream().allMatch(List::isEmpty)) {
			return WorkspaceProblem
				.badRequest("the zip has no intents/*.yml, knowledge/*.yml, knowledge/*.ics or knowledge/pages/*.md");
		}
		return this.training.exclusively(() -> {
			AssistantTraining.Prepared prepared;
			try {
				List<ContentFile> knowledgeFiles = this.store.filesMerged(KnowledgeBase.GROUP,
						byGroup.get(KnowledgeBase.GROUP));
				List<ContentFile> intentFiles = this.store.filesMerged(IntentCatalog.GROUP,
						byGroup.get(IntentCatalog.GROUP));
				KnowledgeBase.Snapshot knowledge = this.knowledge.read(knowledgeFiles);
				prepared = this.training.prepare(this.intents.read(intentFiles, knowledge::contains), knowledge);
			}
			catch (ContentException ex) {
				return WorkspaceProblem.content(ex);
			}
			if (!force && !prepared.regressions().isEmpty()) {
				return VersionedItems.regressions(prepared);
			}
			long start = System.nanoTime();
			int changed = this.store.merge(KnowledgeBase.GROUP, byGroup.get(KnowledgeBase.GROUP), author.getName())
					+ this.store.merge(IntentCatalog.GROUP, byGroup.get(IntentCatalog.GROUP), author.getName());
			if (changed > 0) {
				this.training.publish(prepared);
			}
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("files", byGroup.values().stream().mapToInt(List::size).sum());
			result.put("changedItems", changed);
			result.put("publishedInMs", changed > 0 ? (System.nanoTime() - start) / 1_000_000 : 0);
			result.put("testQuestions", VersionedItems.testSummary(prepared));
			return ResponseEntity.ok(result);
		});
	}

	private static ResponseEntity<?> tooLarge() {
		return WorkspaceProblem.of(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE,
				"the zip is larger than " + MAX_UPLOAD_BYTES / 1_000_000 + " MB");
	}

	private static Map<String, List<ContentFile>> unzip(byte[] bytes) throws IOException {
		Map<String, List<ContentFile>> byGroup = new LinkedHashMap<>();
		byGroup.put(IntentCatalog.GROUP, new ArrayList<>());
		byGroup.put(KnowledgeBase.GROUP, new ArrayList<>());
		int entries = 0;
		long total = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++entries > MAX_ZIP_ENTRIES) {
					throw new IllegalArgumentException("more than " + MAX_ZIP_ENTRIES + " files");
				}
				String name = entry.getName().replace('\\', '/');
				String[] parts = name.split("/");
				if (entry.isDirectory() || parts.length < 2 || name.contains("..")) {
					continue;
				}
				String group = parts[parts.length - 2];
				String file = parts[parts.length - 1];
				boolean page = "pages".equals(group) && parts.length >= 3
						&& KnowledgeBase.GROUP.equals(parts[parts.length - 3])
						&& (file.endsWith(".md") || file.endsWith(".txt"));
				boolean known = IntentCatalog.GROUP.equals(group) && file.endsWith(".yml")
						|| KnowledgeBase.GROUP.equals(group) && (file.endsWith(".yml") || file.endsWith(".ics"));
				if (!known && !page) {
					continue;
				}
				byte[] content = zip.readNBytes((int) MAX_ENTRY_BYTES + 1);
				if (content.length > MAX_ENTRY_BYTES) {
					throw new IllegalArgumentException(name + " is larger than " + MAX_ENTRY_BYTES + " bytes");
				}
				total += content.length;
				if (total > MAX_TOTAL_BYTES) {
					throw new IllegalArgumentException("the files unpack to more than " + MAX_TOTAL_BYTES + " bytes");
				}
				String folder = page ? KnowledgeBase.GROUP + "/pages" : group;
				byGroup.get(page ? KnowledgeBase.GROUP : group)
					.add(new ContentFile(folder + "/" + file, new String(content, StandardCharsets.UTF_8)));
			}
		}
		return byGroup;
	}

}
