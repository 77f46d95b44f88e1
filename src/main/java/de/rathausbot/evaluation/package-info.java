/**
 * The {@code evaluate} command: answers a file of test cases offline, without the web
 * server, and reports accuracy and latency.
 */
package de.rathausbot.evaluation;
