package de.rathausbot;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules depend on each other only through their public API and only in the allowed
 * direction (channels → conversation → nlu, knowledge, intents), without cycles.
 */
class ModularityTests {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(RathausbotApplication.class).verify();
	}

}
