package de.rathausbot.workspace.editing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;

/**
 * What changed between two versions, line by line ("+ added", "- removed", " same"), with
 * java-diff-utils (Myers' algorithm: linear memory, where a table of all line pairs grew
 * with the square of a page's length).
 */
final class LineDiff {

	private LineDiff() {
	}

	static List<String> between(String before, String after) {
		List<String> a = lines(before);
		List<String> b = lines(after);
		List<String> diff = new ArrayList<>();
		int next = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
			Chunk<String> removed = delta.getSource();
			a.subList(next, removed.getPosition()).forEach(line -> diff.add("  " + line));
			removed.getLines().forEach(line -> diff.add("- " + line));
			delta.getTarget().getLines().forEach(line -> diff.add("+ " + line));
			next = removed.getPosition() + removed.size();
		}
		a.subList(next, a.size()).forEach(line -> diff.add("  " + line));
		while (!diff.isEmpty() && diff.get(diff.size() - 1).isBlank()) {
			diff.remove(diff.size() - 1);
		}
		return diff;
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : Arrays.asList(text.split("\n", -1));
	}

}
