package de.rathausbot.workspace.access;

/**
 * What a staff member may do: EDITOR edits content; ADMIN also manages users and
 * settings.
 */
enum Role {

	EDITOR, ADMIN

}
