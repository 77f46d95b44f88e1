package de.rathausbot.workspace.access;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Staff accounts for Spring Security; a throttled user name is locked. */
@Service
class StaffUserDetailsService implements UserDetailsService {

	private final StaffUsers users;

	private final LoginAttempts attempts;

	StaffUserDetailsService(StaffUsers users, LoginAttempts attempts) {
		this.users = users;
		this.attempts = attempts;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		StaffUser user = this.users.find(username)
			.orElseThrow(() -> new UsernameNotFoundException("no staff member '" + username + "'"));
		return User.withUsername(user.username())
			.password(user.passwordHash())
			.authorities(user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList())
			.accountLocked(this.attempts.isLocked(username))
			.build();
	}

}
