package de.rathausbot.content;

/**
 * A content file is broken. The message always names the file, the line (1-based, 0 if
 * unknown) and the problem, so staff can fix it without reading a stack trace; where the
 * problem is in one field of an item, the field is named too (the workspace marks it).
 */
public class ContentException extends RuntimeException {

	private final String file;

	private final int line;

	private final String problem;

	private final String field;

	public ContentException(String file, int line, String problem) {
		this(file, line, problem, (Throwable) null);
	}

	public ContentException(String file, int line, String problem, Throwable cause) {
		this(file, line, problem, null, cause);
	}

	/**
	 * @param field the field of the item (an intent, a service, …) that is wrong, or null
	 */
	public ContentException(String file, int line, String problem, String field, Throwable cause) {
		super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
		this.file = file;
		this.line = line;
		this.problem = problem;
		this.field = field;
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

	/** The field of the item that is wrong, where the problem is in one. */
	public java.util.Optional<String> field() {
		return java.util.Optional.ofNullable(this.field);
	}

}
