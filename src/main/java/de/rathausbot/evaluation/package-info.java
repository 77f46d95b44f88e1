/**
 * The {@code evaluate} command: answers a file of test cases offline, without the web
 * server, and reports accuracy and latency.
 */
@ApplicationModule(
		allowedDependencies = { "content", "dialogue", "generation", "intents", "knowledge", "nlu", "training" })
package de.rathausbot.evaluation;

import org.springframework.modulith.ApplicationModule;
