package de.rathausbot.workspace.access;

import java.io.IOException;
import java.util.Set;

import de.rathausbot.tenant.Tenant;
import de.rathausbot.tenant.Tenants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The tenant a workspace request works on: the one named in the {@value #HEADER} header
 * (or the {@code tenant} parameter), else the signed-in staff member's first one (the
 * installation's default for those who may work on all). An editor of one Kommune gets
 * 403 on another's content, inbox, analytics and tests. Runs after sign-in, for
 * {@code /api/admin/**}.
 */
class WorkspaceTenant extends OncePerRequestFilter {

	static final String HEADER = "X-Rathausbot-Tenant";

	private final Tenants tenants;

	private final StaffUsers users;

	WorkspaceTenant(Tenants tenants, StaffUsers users) {
		this.tenants = tenants;
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn == null || !signedIn.isAuthenticated()) {
			chain.doFilter(request, response);
			return;
		}
		Set<String> allowed = this.users.tenants(signedIn.getName());
		String asked = request.getHeader(HEADER) != null ? request.getHeader(HEADER) : request.getParameter("tenant");
		Tenant tenant;
		if (asked == null || asked.isBlank()) {
			tenant = allowed.isEmpty() ? this.tenants.defaultTenant()
					: this.tenants.parentsFirst()
						.stream()
						.filter(t -> allowed.contains(t.id()))
						.findFirst()
						.orElse(this.tenants.defaultTenant());
		}
		else {
			tenant = this.tenants.find(asked.strip()).orElse(null);
			if (tenant == null) {
				refuse(response, HttpServletResponse.SC_BAD_REQUEST, "no tenant '" + asked.strip() + "'");
				return;
			}
		}
		if (!allowed.isEmpty() && !allowed.contains(tenant.id())) {
			refuse(response, HttpServletResponse.SC_FORBIDDEN, signedIn.getName() + " may not work on " + tenant.id()
					+ " (only on " + String.join(", ", allowed) + ")");
			return;
		}
		try {
			this.tenants.as(tenant, () -> {
				try {
					chain.doFilter(request, response);
				}
				catch (IOException | ServletException ex) {
					throw new Wrapped(ex);
				}
			});
		}
		catch (Wrapped wrapped) {
			if (wrapped.getCause() instanceof IOException io) {
				throw io;
			}
			throw (ServletException) wrapped.getCause();
		}
	}

	/** A checked exception of the chain, carried through {@link Tenants#as}. */
	private static final class Wrapped extends RuntimeException {

		Wrapped(Exception cause) {
			super(cause);
		}

	}

	private static void refuse(HttpServletResponse response, int status, String error) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		String json = error.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", " ");
		response.getWriter()
			.write("{\"status\": " + status + ", \"detail\": \"" + json + "\", \"error\": \"" + json + "\"}");
	}

}
