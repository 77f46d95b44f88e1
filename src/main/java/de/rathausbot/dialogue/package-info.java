/**
 * Dialogue: decides what to do with one question and words it. {@link Decider} is the one
 * decision (answer, list events, quote a page, ask back, fall back honestly) for the live
 * bot and the staff's regression questions; {@link Dialogue} words it as an
 * {@link Answer}. {@code answers}: the wording from knowledge (the asked attribute of a
 * service, contact or event, cards, the fallback with the handover); {@code time}: time
 * expressions ("heute", "am Samstag", "im Mai") and how dates are spoken.
 */
@ApplicationModule(allowedDependencies = { "generation", "intents", "knowledge", "nlu", "tenant" })
package de.rathausbot.dialogue;

import org.springframework.modulith.ApplicationModule;
