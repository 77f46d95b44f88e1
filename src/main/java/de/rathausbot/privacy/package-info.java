/**
 * Privacy by default: personal data is redacted from what is stored, and messages are
 * kept only for {@code rathausbot.privacy.retention-days}.
 */
@ApplicationModule(allowedDependencies = {})
package de.rathausbot.privacy;

import org.springframework.modulith.ApplicationModule;
