/**
 * The staff workspace: sign-in with roles (EDITOR edits content, ADMIN also manages
 * users), throttling of failed sign-ins, the first administrator, and the users API under
 * {@code /api/admin/users}.
 */
package de.rathausbot.staff;
