package de.rathausbot.workspace.access;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A staff member signed in with a generated password (the first administrator's) may do
 * nothing in the workspace API but change it: every other call gets 403 with a readable
 * error, and the workspace shows the password form.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

	static final String PASSWORD_PATH = "/api/admin/me/password";

	private static final Set<String> ALLOWED = Set.of("/api/admin/me", PASSWORD_PATH);

	private final StaffUsers users;

	PasswordChangeGate(StaffUsers users) {
		this.users = users;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !path.startsWith("/api/admin/") || ALLOWED.contains(path);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn instanceof UsernamePasswordAuthenticationToken && signedIn.isAuthenticated()
				&& this.users.find(signedIn.getName()).filter(StaffUser::passwordChangeRequired).isPresent()) {
			response.setStatus(HttpStatus.FORBIDDEN.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter()
				.write("{\"error\":\"change the generated password first (PUT " + PASSWORD_PATH
						+ ")\",\"passwordChangeRequired\":true}");
			return;
		}
		chain.doFilter(request, response);
	}

}
