package de.rathausbot.handover;

import java.time.Clock;
import java.time.ZonedDateTime;

import de.rathausbot.knowledge.OfficeHours;
import de.rathausbot.knowledge.OpeningHours;
import de.rathausbot.system.SystemProperties;
import org.springframework.stereotype.Component;

/**
 * Whether a person can take a conversation now: live chat is on, it is within the
 * live-chat hours (public holidays of the Land included), and a staff member of the
 * tenant is available.
 */
@Component
class Availability {

	private final HandoverProperties settings;

	private final OpeningHours hours;

	private final OfficeHours calendar;

	private final StaffPresence presence;

	private final Clock clock;

	Availability(HandoverProperties settings, OfficeHours calendar, StaffPresence presence, Clock clock,
			SystemProperties system) {
		this.settings = settings;
		this.calendar = calendar;
		this.presence = presence;
		this.clock = clock.withZone(system.timeZone());
		this.hours = parse(settings.hours());
	}

	private static OpeningHours parse(String hours) {
		try {
			return OpeningHours.parse(hours);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("rathausbot.handover.hours: " + ex.getMessage(), ex);
		}
	}

	/** Whether it is within the live-chat hours at that moment. */
	boolean withinHours(ZonedDateTime at) {
		return this.settings.enabled() && this.calendar.isOpen(this.hours, at);
	}

	boolean withinHours() {
		return withinHours(ZonedDateTime.now(this.clock));
	}

	/** Whether a person of the tenant can chat now. */
	boolean now(String tenant) {
		return withinHours() && this.presence.available(tenant) > 0;
	}

}
