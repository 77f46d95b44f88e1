package de.rathausbot.knowledge.website;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a site's {@code robots.txt} allows a crawler: the group for its own name or else
 * for {@code *}, with {@code Allow}/{@code Disallow} prefixes (the longest match wins,
 * {@code *} and a closing {@code $} as in RFC 9309) and a {@code Crawl-delay}.
 */
final class RobotsRules {

	/** Everything allowed: no robots.txt, or one that says nothing about us. */
	static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), Optional.empty());

	private final List<Rule> rules;

	private final Optional<Double> crawlDelaySeconds;

	private RobotsRules(List<Rule> rules, Optional<Double> crawlDelaySeconds) {
		this.rules = List.copyOf(rules);
		this.crawlDelaySeconds = crawlDelaySeconds;
	}

	private record Rule(String pattern, boolean allow) {

		boolean matches(String path) {
			boolean anchored = this.pattern.endsWith("$");
			String body = anchored ? this.pattern.substring(0, this.pattern.length() - 1) : this.pattern;
			StringBuilder regex = new StringBuilder();
			for (String part : body.split("\\*", -1)) {
				if (!regex.isEmpty()) {
					regex.append(".*");
				}
				regex.append(java.util.regex.Pattern.quote(part));
			}
			return path.matches(regex + (anchored ? "" : ".*"));
		}

	}

	/** The rules for a crawler calling itself {@code agent}. */
	static RobotsRules parse(String text, String agent) {
		String me = agent.toLowerCase(Locale.ROOT);
		List<Rule> mine = new ArrayList<>();
		List<Rule> anyone = new ArrayList<>();
		Double myDelay = null;
		Double anyDelay = null;
		List<String> agents = new ArrayList<>();
		boolean inRules = false;
		boolean foundMine = false;
		for (String raw : text.split("\\R")) {
			String line = raw.replaceFirst("#.*", "").strip();
			int colon = line.indexOf(':');
			if (colon < 0) {
				continue;
			}
			String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
			String value = line.substring(colon + 1).strip();
			if (key.equals("user-agent")) {
				if (inRules) {
					agents.clear();
					inRules = false;
				}
				agents.add(value.toLowerCase(Locale.ROOT));
				continue;
			}
			inRules = true;
			boolean forMe = agents.stream().anyMatch(a -> !a.equals("*") && me.contains(a));
			boolean forAnyone = agents.contains("*");
			foundMine |= forMe;
			Rule rule = switch (key) {
				case "allow" -> value.isEmpty() ? null : new Rule(value, true);
				case "disallow" -> value.isEmpty() ? null : new Rule(value, false);
				default -> null;
			};
			if (key.equals("crawl-delay")) {
				try {
					double delay = Double.parseDouble(value);
					if (forMe) {
						myDelay = delay;
					}
					if (forAnyone) {
						anyDelay = delay;
					}
				}
				catch (NumberFormatException ex) {
					// an unreadable delay is no delay
				}
			}
			if (rule != null && forMe) {
				mine.add(rule);
			}
			if (rule != null && forAnyone) {
				anyone.add(rule);
			}
		}
		return foundMine ? new RobotsRules(mine, Optional.ofNullable(myDelay))
				: new RobotsRules(anyone, Optional.ofNullable(anyDelay));
	}

	/** Whether a path (with its query) may be fetched. */
	boolean allows(String path) {
		Rule best = null;
		for (Rule rule : this.rules) {
			if (rule.matches(path) && (best == null || rule.pattern().length() > best.pattern().length()
					|| rule.pattern().length() == best.pattern().length() && rule.allow())) {
				best = rule;
			}
		}
		return best == null || best.allow();
	}

	Optional<Double> crawlDelaySeconds() {
		return this.crawlDelaySeconds;
	}

}
