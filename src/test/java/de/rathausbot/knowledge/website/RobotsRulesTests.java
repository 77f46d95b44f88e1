package de.rathausbot.knowledge.website;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** robots.txt: our own group before *, the longest rule wins, wildcards and delays. */
class RobotsRulesTests {

	@Test
	void followsTheGroupForAnyCrawlerWithTheLongestMatchingRule() {
		RobotsRules rules = RobotsRules.parse("""
				User-agent: *
				Disallow: /intern/
				Allow: /intern/presse/
				Disallow: /*.pdf$
				Crawl-delay: 2
				""", SiteCrawler.AGENT);

		assertThat(rules.allows("/leben/abfall.html")).isTrue();
		assertThat(rules.allows("/intern/personal.html")).isFalse();
		assertThat(rules.allows("/intern/presse/mitteilung.html")).isTrue();
		assertThat(rules.allows("/satzung.pdf")).isFalse();
		assertThat(rules.allows("/satzung.pdf?download=1")).isTrue();
		assertThat(rules.crawlDelaySeconds()).contains(2.0);
	}

	@Test
	void prefersTheGroupNamingUs() {
		RobotsRules rules = RobotsRules.parse("""
				User-agent: *
				Disallow: /

				User-agent: Rathausbot-Import
				Disallow: /suche
				""", SiteCrawler.AGENT);

		assertThat(rules.allows("/leben/abfall.html")).isTrue();
		assertThat(rules.allows("/suche?q=abfall")).isFalse();
	}

}
