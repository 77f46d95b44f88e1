package de.rathausbot.tenant;

/** A request names a tenant the installation does not serve. */
public class UnknownTenantException extends RuntimeException {

	/**
	 * How much of a named id an error repeats (ids are short; a request may send
	 * anything).
	 */
	private static final int SHOWN = 64;

	public UnknownTenantException(String id, java.util.Collection<String> known) {
		super("unknown tenant '" + (id.length() > SHOWN ? id.substring(0, SHOWN) + "…" : id) + "' (known: "
				+ String.join(", ", known) + ")");
	}

}
