/**
 * The staff workspace: the web pages under {@code /admin} and their API under
 * {@code /api/admin}. {@code access}: sign-in (password and OpenID Connect), roles,
 * accounts, sessions and throttling; {@code editing}: intents, knowledge, pages and
 * regression questions, checked, tested and published with versions; {@code insights}:
 * the inbox and analytics. Errors are RFC 9457 problem details
 * ({@link de.rathausbot.workspace.WorkspaceProblem}).
 */
@ApplicationModule(allowedDependencies = { "content", "conversation", "dialogue", "generation", "handover", "intents",
		"knowledge", "system", "tenant", "training" })
package de.rathausbot.workspace;

import org.springframework.modulith.ApplicationModule;
