package de.rathausbot.workspace.access;

import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * The workspace sessions of each staff member, so that removing a user, changing their
 * roles or their password ends the sessions they have open: their next request finds the
 * session expired and has to sign in again, with what the account is now. With several
 * instances (the {@code postgres} profile) the sessions are in the database (Spring
 * Session JDBC): any instance serves and ends them; on the embedded default they are this
 * instance's.
 */
@Component
class StaffSessions {

	/** The sessions in the database, when they are there. */
	private final FindByIndexNameSessionRepository<? extends Session> stored;

	private final SessionRegistry registry;

	StaffSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> stored) {
		this.stored = stored.getIfAvailable();
		this.registry = this.stored != null ? new SpringSessionBackedSessionRegistry<>(this.stored)
				: new SessionRegistryImpl();
	}

	/** Where Spring Security registers each staff session at sign-in. */
	SessionRegistry registry() {
		return this.registry;
	}

	/** Ends every session of the user. */
	int end(String username) {
		return endExcept(username, null);
	}

	/**
	 * Ends the user's sessions other than the one given (their own, after changing their
	 * password).
	 */
	int endExcept(String username, String keepSessionId) {
		int ended = 0;
		if (this.stored != null) {
			for (String id : this.stored.findByPrincipalName(username).keySet()) {
				if (!id.equals(keepSessionId)) {
					this.stored.deleteById(id);
					ended++;
				}
			}
			return ended;
		}
		for (Object principal : this.registry.getAllPrincipals()) {
			if (!username.equals(nameOf(principal))) {
				continue;
			}
			for (SessionInformation session : this.registry.getAllSessions(principal, false)) {
				if (!session.getSessionId().equals(keepSessionId)) {
					session.expireNow();
					ended++;
				}
			}
		}
		return ended;
	}

	private static String nameOf(Object principal) {
		if (principal instanceof UserDetails user) {
			return user.getUsername();
		}
		if (principal instanceof AuthenticatedPrincipal named) {
			return named.getName();
		}
		return String.valueOf(principal);
	}

}
