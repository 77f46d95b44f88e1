/**
 * Intents: what citizens ask, with example phrasings and the answer. Read from
 * staff-editable YAML files ({@code intents/*.yml}), validated with file and line,
 * together with colloquial synonyms and out-of-scope examples that sharpen the fallback.
 */
@ApplicationModule(allowedDependencies = { "content", "knowledge", "tenant" })
package de.rathausbot.intents;

import org.springframework.modulith.ApplicationModule;
