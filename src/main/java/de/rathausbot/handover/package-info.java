/**
 * Live chat with staff: a citizen's conversation handed over to a person in the
 * workspace, in the widget and in Telegram; availability by staff presence and live-chat
 * hours; the queue; the staff's and the citizen's APIs.
 */
@ApplicationModule(allowedDependencies = { "conversation", "dialogue", "knowledge", "privacy", "system", "tenant" })
package de.rathausbot.handover;

import org.springframework.modulith.ApplicationModule;
