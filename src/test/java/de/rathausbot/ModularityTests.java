package de.rathausbot;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules depend on each other only through their public API (sub-packages are
 * internal), only on the modules each names in its {@code package-info}
 * ({@code allowedDependencies}), and without cycles.
 */
class ModularityTests {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(RathausbotApplication.class).verify();
	}

}
