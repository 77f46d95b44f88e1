package de.rathausbot.tenant;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs a request for the tenant it names: a subclass picks the tenant (or refuses the
 * request with {@link #refuse}), everything the request calls then works on it.
 */
public abstract class TenantFilter extends OncePerRequestFilter {

	private final Tenants tenants;

	protected TenantFilter(Tenants tenants) {
		this.tenants = tenants;
	}

	/**
	 * The tenant of the request, or empty when the request was refused (the response is
	 * written then).
	 */
	protected abstract Optional<Tenant> tenantOf(HttpServletRequest request, HttpServletResponse response)
			throws IOException;

	@Override
	protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Tenant> tenant = tenantOf(request, response);
		if (tenant.isEmpty()) {
			return;
		}
		try {
			this.tenants.as(tenant.get(), () -> {
				try {
					chain.doFilter(request, response);
				}
				catch (IOException | ServletException ex) {
					throw new Carried(ex);
				}
			});
		}
		catch (Carried carried) {
			if (carried.getCause() instanceof IOException io) {
				throw io;
			}
			throw (ServletException) carried.getCause();
		}
	}

	/**
	 * A refusal as JSON with a readable {@code error} (and RFC 9457's {@code detail}).
	 */
	protected static void refuse(HttpServletResponse response, int status, String error) throws IOException {
		response.setStatus(status);
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		String json = error.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\x00-\\x1f]", " ");
		response.getWriter()
			.write("{\"status\": " + status + ", \"detail\": \"" + json + "\", \"error\": \"" + json + "\"}");
	}

	/** A checked exception of the chain, carried through {@link Tenants#as}. */
	private static final class Carried extends RuntimeException {

		Carried(Exception cause) {
			super(cause);
		}

	}

}
