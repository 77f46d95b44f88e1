/**
 * Settings shared by all modules: the region (Land) whose public holidays apply, the
 * city's time zone and the injectable clock.
 */
@ApplicationModule(allowedDependencies = {})
package de.rathausbot.system;

import org.springframework.modulith.ApplicationModule;
