package de.rathausbot.knowledge.web;

import java.io.IOException;
import java.util.Optional;

import de.rathausbot.tenant.Tenant;
import de.rathausbot.tenant.TenantFilter;
import de.rathausbot.tenant.Tenants;
import de.rathausbot.tenant.UnknownTenantException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The read API and downloads of one Kommune: {@code ?tenant=kornwestheim} (absent: the
 * installation's default tenant; unknown: 400).
 */
class KnowledgeTenant extends TenantFilter {

	private final Tenants tenants;

	KnowledgeTenant(Tenants tenants) {
		super(tenants);
		this.tenants = tenants;
	}

	@Override
	protected Optional<Tenant> tenantOf(HttpServletRequest request, HttpServletResponse response) throws IOException {
		try {
			return Optional.of(this.tenants.named(request.getParameter("tenant")));
		}
		catch (UnknownTenantException ex) {
			refuse(response, HttpServletResponse.SC_BAD_REQUEST, ex.getMessage());
			return Optional.empty();
		}
	}

}
