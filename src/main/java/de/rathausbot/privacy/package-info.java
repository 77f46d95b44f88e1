/**
 * Privacy by default: personal data is redacted from what is stored, and messages are
 * kept only for {@code rathausbot.privacy.retention-days}.
 */
package de.rathausbot.privacy;
