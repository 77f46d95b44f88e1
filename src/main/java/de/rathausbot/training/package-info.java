/**
 * Training: trains the NLU from intents and knowledge, prepares a change with its model
 * and answers the staff's regression questions with it before it is published ("test
 * before save"), publishes it, and reports the matcher's health.
 */
@ApplicationModule(allowedDependencies = { "content", "conversation", "dialogue", "intents", "knowledge", "nlu",
		"system", "tenant" })
package de.rathausbot.training;

import org.springframework.modulith.ApplicationModule;
