package de.rathausbot.nlu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the calibration fitted for a content, in a small file per content under a
 * folder: fitting it is the slowest step of a start (about a second on the demo content,
 * on two cores), and a restart with unchanged content would fit the same calibration
 * again. The key is a hash of everything the fit depends on: the examples, the content's
 * words, the settings, what each label answers, and this build of Rathausbot. The
 * examples count in any order: the content is not read in the same order at every start,
 * and its order only decides how the held-out folds fall, so a calibration fitted for
 * another order of the same content is as good (and, remembered, stays the same from one
 * start to the next). A file that cannot be read or written only costs the time of the
 * fit.
 */
final class CalibrationCache {

	private static final Logger log = LoggerFactory.getLogger(CalibrationCache.class);

	/** Changes with every build: a new matcher calibrates anew. */
	private static final String BUILD = build();

	private final Path folder;

	/**
	 * @param folder where the files go; null: nothing is remembered
	 */
	CalibrationCache(Path folder) {
		this.folder = folder;
	}

	/** What {@link HeldOutCalibration} would fit: remembered, or fitted now. */
	Calibration fitted(List<TrainingExample> examples, ContentWords words, NluProperties settings,
			UnaryOperator<String> target, java.util.function.Supplier<Calibration> fit) {
		if (this.folder == null) {
			return fit.get();
		}
		Path file = this.folder.resolve(key(examples, words, settings, target) + ".calibration");
		Optional<Calibration> remembered = read(file);
		if (remembered.isPresent()) {
			log.debug("Calibration for this content remembered in {}", file);
			touch(file);
			return remembered.get();
		}
		Calibration calibration = fit.get();
		if (calibration != null) {
			write(file, calibration);
		}
		return calibration;
	}

	static String key(List<TrainingExample> examples, ContentWords words, NluProperties settings,
			UnaryOperator<String> target) {
		MessageDigest digest = sha256();
		update(digest, BUILD);
		update(digest, settings.toString());
		update(digest, new TreeMap<>(words.synonyms()).toString());
		update(digest, new TreeMap<>(words.everyday()).toString());
		update(digest, new TreeSet<>(words.neutral()).toString());
		examples.stream()
			.map(e -> e.label() + '\u0000' + target.apply(e.label()) + '\u0000' + e.field() + '\u0000' + e.text())
			.sorted()
			.forEach(line -> update(digest, line));
		return HexFormat.of().formatHex(digest.digest(), 0, 16);
	}

	private static Optional<Calibration> read(Path file) {
		if (!Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			String[] values = Files.readString(file).strip().split(" ");
			return Optional.of(new Calibration(Double.parseDouble(values[0]), Double.parseDouble(values[1]),
					Double.parseDouble(values[2]), Double.parseDouble(values[3])));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not read the remembered calibration {} ({}); fitting it anew", file, ex.toString());
			return Optional.empty();
		}
	}

	private void write(Path file, Calibration calibration) {
		try {
			Files.createDirectories(this.folder);
			Path partial = Files.createTempFile(this.folder, "calibration", ".partial");
			Files.writeString(partial, String.format(Locale.ROOT, "%s %s %s %s%n", calibration.a(), calibration.b(),
					calibration.offerA(), calibration.offerB()));
			Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
					java.nio.file.StandardCopyOption.ATOMIC_MOVE);
			forgetAllButTheLatest();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Could not remember the calibration in {} ({}); the next start fits it again", file,
					ex.toString());
		}
	}

	/** How many calibrations are kept: those of the content's latest versions. */
	static final int KEPT = 20;

	private void forgetAllButTheLatest() throws IOException {
		List<Path> files;
		try (var listed = Files.list(this.folder)) {
			files = listed.filter(f -> f.getFileName().toString().endsWith(".calibration")).toList();
		}
		if (files.size() <= KEPT) {
			return;
		}
		Map<Path, Long> used = new HashMap<>();
		for (Path f : files) {
			used.put(f, Files.getLastModifiedTime(f).toMillis());
		}
		List<Path> oldestFirst = files.stream().sorted(Comparator.comparing(used::get)).toList();
		for (Path old : oldestFirst.subList(0, files.size() - KEPT)) {
			Files.deleteIfExists(old);
		}
	}

	private static void touch(Path file) {
		try {
			Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
		}
		catch (IOException ex) {
			// kept a little less long
		}
	}

	/** Where this build's classes come from, with its size and time. */
	private static String build() {
		try {
			String location = CalibrationCache.class.getProtectionDomain().getCodeSource().getLocation().toString();
			if (location.startsWith("jar:nested:")) {
				// inside the fat jar: the jar itself
				location = "file:" + location.substring("jar:nested:".length(), location.indexOf("/!"));
			}
			Path code = Path.of(java.net.URI.create(location));
			if (Files.isDirectory(code)) {
				// classes of a development build: the class file itself
				code = code.resolve(TrainedModel.class.getName().replace('.', '/') + ".class");
			}
			return code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis();
		}
		catch (IOException | RuntimeException ex) {
			// unknown build: never the same as another one
			return "unknown " + System.nanoTime();
		}
	}

	private static void update(MessageDigest digest, String text) {
		digest.update(text.getBytes(StandardCharsets.UTF_8));
		digest.update((byte) '\n');
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
