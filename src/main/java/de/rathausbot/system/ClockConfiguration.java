package de.rathausbot.system;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every module asks for the time, so tests and demos can fix it. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	@Bean
	Clock clock(SystemProperties properties) {
		if (properties.clock() != null && properties.clock().fixed() != null) {
			return Clock.fixed(properties.clock().fixed().toInstant(), properties.timeZone());
		}
		return Clock.system(properties.timeZone());
	}

}
