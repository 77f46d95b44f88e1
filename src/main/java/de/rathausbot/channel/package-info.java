/**
 * Channels: thin translators between a platform and the channel-neutral conversation.
 * {@code web}: the JSON chat API.
 */
@ApplicationModule(allowedDependencies = { "conversation", "dialogue", "handover", "privacy", "system", "tenant" })
package de.rathausbot.channel;

import org.springframework.modulith.ApplicationModule;
