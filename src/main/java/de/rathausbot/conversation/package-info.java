/**
 * Dialogue: turns a citizen's message into a reply. Trains the NLU from intents and
 * knowledge, decides between answering, asking which of two things was meant, and an
 * honest fallback with a handover to the Rathaus, builds answers from knowledge for the
 * asked attribute and time, and records each exchange.
 */
package de.rathausbot.conversation;
