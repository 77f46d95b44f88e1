/**
 * The staff workspace: sign-in with roles (EDITOR edits content, ADMIN also manages
 * users), throttling of failed sign-ins, the first administrator, and the users API under
 * {@code /api/admin/users}.
 */
@ApplicationModule(
		allowedDependencies = { "content", "conversation", "dialogue", "intents", "knowledge", "system", "training" })
package de.rathausbot.staff;

import org.springframework.modulith.ApplicationModule;
