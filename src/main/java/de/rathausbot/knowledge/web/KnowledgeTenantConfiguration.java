package de.rathausbot.knowledge.web;

import de.rathausbot.tenant.Tenants;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The knowledge read API works on the tenant a request names. */
@Configuration(proxyBeanMethods = false)
class KnowledgeTenantConfiguration {

	@Bean
	FilterRegistrationBean<KnowledgeTenant> knowledgeTenant(Tenants tenants) {
		FilterRegistrationBean<KnowledgeTenant> registration = new FilterRegistrationBean<>(
				new KnowledgeTenant(tenants));
		registration.addUrlPatterns("/api/knowledge/*");
		return registration;
	}

}
