/**
 * Optional: answers phrased by the city's own language model from passages of its own
 * knowledge, each fact checked against the passages by code before anything is shown
 * ({@code rathausbot.llm.*}; off without a configured endpoint).
 */
@ApplicationModule(allowedDependencies = { "privacy" })
package de.rathausbot.generation;

import org.springframework.modulith.ApplicationModule;
