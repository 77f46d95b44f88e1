/**
 * Settings shared by all modules: the region (Land) whose public holidays apply, the
 * city's time zone and the injectable clock.
 */
package de.rathausbot.system;
