/** The workspace's first-steps checklist for a new city. */
package de.rathausbot.workspace.setup;
