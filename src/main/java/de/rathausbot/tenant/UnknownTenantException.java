package de.rathausbot.tenant;

/** A request names a tenant the installation does not serve. */
public class UnknownTenantException extends RuntimeException {

	public UnknownTenantException(String id, java.util.Collection<String> known) {
		super("unknown tenant '" + id + "' (known: " + String.join(", ", known) + ")");
	}

}
