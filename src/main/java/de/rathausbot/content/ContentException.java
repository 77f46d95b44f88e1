package de.rathausbot.content;

/**
 * A content file is broken. The message always names the file, the line (1-based, 0 if
 * unknown) and the problem, so staff can fix it without reading a stack trace.
 */
public class ContentException extends RuntimeException {

	private final String file;

	private final int line;

	private final String problem;

	public ContentException(String file, int line, String problem) {
		this(file, line, problem, null);
	}

	public ContentException(String file, int line, String problem, Throwable cause) {
		super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
		this.file = file;
		this.line = line;
		this.problem = problem;
	}

	public String file() {
		return this.file;
	}

	public int line() {
		return this.line;
	}

	public String problem() {
		return this.problem;
	}

}
