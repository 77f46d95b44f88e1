package de.rathausbot.staff;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions, line by line ("+ added", "- removed", " same"), from
 * the longest common subsequence of their lines.
 */
final class LineDiff {

	private LineDiff() {
	}

	static List<String> between(String before, String after) {
		String[] a = before == null ? new String[0] : before.split("\n", -1);
		String[] b = after == null ? new String[0] : after.split("\n", -1);
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<String> lines = new ArrayList<>();
		int i = 0;
		int j = 0;
		while (i < a.length || j < b.length) {
			if (i < a.length && j < b.length && a[i].equals(b[j])) {
				lines.add("  " + a[i++]);
				j++;
			}
			else if (j < b.length && (i == a.length || common[i][j + 1] >= common[i + 1][j])) {
				lines.add("+ " + b[j++]);
			}
			else {
				lines.add("- " + a[i++]);
			}
		}
		while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
			lines.remove(lines.size() - 1);
		}
		return lines;
	}

}
