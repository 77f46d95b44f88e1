package de.rathausbot.workspace.access;

import de.rathausbot.tenant.Tenants;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The workspace API works on one tenant per request, after sign-in. */
@Configuration(proxyBeanMethods = false)
class WorkspaceTenantConfiguration {

	@Bean
	FilterRegistrationBean<WorkspaceTenant> workspaceTenant(Tenants tenants, StaffUsers users) {
		FilterRegistrationBean<WorkspaceTenant> registration = new FilterRegistrationBean<>(
				new WorkspaceTenant(tenants, users));
		registration.addUrlPatterns("/api/admin/*");
		return registration;
	}

}
