package de.rathausbot.workspace.access;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import de.rathausbot.tenant.Tenant;
import de.rathausbot.tenant.TenantFilter;
import de.rathausbot.tenant.Tenants;
import de.rathausbot.tenant.UnknownTenantException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The tenant a workspace request works on: the one named in the {@value #HEADER} header
 * (or the {@code tenant} parameter), else the signed-in staff member's first one (the
 * installation's default for those who may work on all). An editor of one Kommune gets
 * 403 on another's content, inbox, analytics and tests. Runs after sign-in, for
 * {@code /api/admin/**}.
 */
class WorkspaceTenant extends TenantFilter {

	static final String HEADER = "X-Rathausbot-Tenant";

	private final Tenants tenants;

	private final StaffUsers users;

	WorkspaceTenant(Tenants tenants, StaffUsers users) {
		super(tenants);
		this.tenants = tenants;
		this.users = users;
	}

	@Override
	protected Optional<Tenant> tenantOf(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn == null || !signedIn.isAuthenticated()) {
			return Optional.of(this.tenants.defaultTenant());
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
				refuse(response, HttpServletResponse.SC_BAD_REQUEST,
						new UnknownTenantException(asked.strip(), this.tenants.all().stream().map(Tenant::id).toList())
							.getMessage());
				return Optional.empty();
			}
		}
		if (!allowed.isEmpty() && !allowed.contains(tenant.id())) {
			refuse(response, HttpServletResponse.SC_FORBIDDEN, signedIn.getName() + " may not work on " + tenant.id()
					+ " (only on " + String.join(", ", allowed) + ")");
			return Optional.empty();
		}
		return Optional.of(tenant);
	}

}
