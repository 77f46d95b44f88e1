/**
 * Knowledge of the municipality: services (fees, documents, steps), contacts (addresses,
 * phone numbers, opening hours in OSM syntax) and events (iCalendar or YAML). Read from
 * the knowledge folder, validated with file and line, and evaluated against a clock
 * (opening hours, public holidays of the Land).
 */
@ApplicationModule(allowedDependencies = { "content", "system", "tenant" })
package de.rathausbot.knowledge;

import org.springframework.modulith.ApplicationModule;
