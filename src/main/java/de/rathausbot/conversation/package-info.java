/**
 * Conversations: the channel-neutral entry point ({@link ConversationService}: a message
 * in, a reply out), the conversation log with redaction and retention, the staff's inbox
 * of questions the bot could not answer, and the analytics.
 */
@ApplicationModule(allowedDependencies = { "dialogue", "generation", "intents", "nlu", "privacy", "system", "tenant" })
package de.rathausbot.conversation;

import org.springframework.modulith.ApplicationModule;
