/**
 * Several Kommunen on one installation: the tenants (a Landkreis and its Kommunen), each
 * with its own content and settings, a Kommune inheriting from its Landkreis; and the
 * tenant a piece of work is done for ({@link de.rathausbot.tenant.Tenants#current()}).
 * Without configured tenants there is one, {@code default}, with the installation's
 * settings.
 */
@ApplicationModule(allowedDependencies = {})
package de.rathausbot.tenant;

import org.springframework.modulith.ApplicationModule;
