/**
 * Shared reading of the staff-editable content files (YAML with line numbers) and the
 * error type that names file, line and problem.
 */
@ApplicationModule(allowedDependencies = { "tenant" })
package de.rathausbot.content;

import org.springframework.modulith.ApplicationModule;
