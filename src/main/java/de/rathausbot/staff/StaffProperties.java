package de.rathausbot.staff;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in of the staff.
 *
 * @param username the first administrator, created at the first start
 * @param password that administrator's password (env {@code RATHAUSBOT_ADMIN_PASSWORD});
 * empty = a random one, shown once in the log
 * @param maxFailedLogins failed sign-ins in a row after which a user name is locked
 * @param lockout how long it stays locked
 */
@Validated
@ConfigurationProperties("rathausbot.admin")
record StaffProperties(@DefaultValue("admin") String username, @DefaultValue("") String password,
		@DefaultValue("5") @Min(1) int maxFailedLogins, @DefaultValue("5m") Duration lockout) {
}
