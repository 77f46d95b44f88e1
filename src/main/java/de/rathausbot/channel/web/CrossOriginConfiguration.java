package de.rathausbot.channel.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets the pages of the configured websites call the chat API from the browser (the
 * widget embedded in a city's CMS). Requests from other origins are refused with 403; no
 * cookies or credentials are ever accepted across origins.
 */
@Configuration(proxyBeanMethods = false)
class CrossOriginConfiguration implements WebMvcConfigurer {

	private final WebProperties properties;

	CrossOriginConfiguration(WebProperties properties) {
		this.properties = properties;
	}

	@Override
	public void addCorsMappings(CorsRegistry registry) {
		String[] origins = this.properties.allowedOrigins().toArray(String[]::new);
		registry.addMapping("/api/chat/**")
			.allowedOrigins(origins)
			.allowedMethods("GET", "POST", "DELETE")
			.allowedHeaders("Content-Type")
			.allowCredentials(false)
			.maxAge(3600);
		registry.addMapping("/api/chat")
			.allowedOrigins(origins)
			.allowedMethods("POST")
			.allowedHeaders("Content-Type")
			.allowCredentials(false)
			.maxAge(3600);
		registry.addMapping("/api/knowledge/**").allowedOrigins(origins).allowedMethods("GET").maxAge(3600);
	}

}
