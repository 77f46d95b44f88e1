/**
 * Shared reading of the staff-editable content files (YAML with line numbers) and the
 * error type that names file, line and problem.
 */
package de.rathausbot.content;
