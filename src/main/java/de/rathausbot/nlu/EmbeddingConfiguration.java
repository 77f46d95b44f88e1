package de.rathausbot.nlu;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * LangChain4j wired with a plain bean: its Spring Boot starters do not support Boot 4.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddingConfiguration {

	@Bean
	SentenceEmbeddings sentenceEmbeddings(NluProperties properties) {
		return new SentenceEmbeddings(properties.embedding());
	}

}
