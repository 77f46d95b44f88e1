/**
 * Channels: thin translators between a platform and the channel-neutral conversation.
 * {@code web}: the JSON chat API.
 */
package de.rathausbot.channel;
