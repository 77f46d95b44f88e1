package de.rathausbot.workspace.access;

/**
 * What a staff member may do: EDITOR edits content; ADMIN also manages users and
 * settings.
 */
enum Role {

	EDITOR, ADMIN,

	/**
	 * reads the metrics ({@code /actuator/prometheus}) and nothing else: for a Prometheus
	 * server
	 */
	MONITOR

}
