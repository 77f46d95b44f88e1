package de.rathausbot.training;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import de.rathausbot.system.ClusterLocks;
import de.rathausbot.tenant.Tenant;
import de.rathausbot.tenant.Tenants;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of each tenant's content: the one published last (in the database, shared
 * by the instances) and the one this instance serves. A publication is announced on
 * PostgreSQL's channel {@value #CHANNEL} so that the other instances read it at once.
 */
@Component
class PublishedVersions {

	static final String CHANNEL = "rathausbot_content";

	private final JdbcClient jdbc;

	private final Clock clock;

	private final boolean announce;

	private final Map<String, Long> served = new ConcurrentHashMap<>();

	PublishedVersions(JdbcClient jdbc, Clock clock, ClusterLocks locks, Tenants tenants, MeterRegistry registry) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.announce = locks.shared();
		for (Tenant tenant : tenants.all()) {
			Gauge.builder("rathausbot.content.version", () -> served(tenant.id()))
				.description("the version of the tenant's content this instance serves")
				.tag("tenant", tenant.id())
				.register(registry);
		}
		// what the content this instance reads at start was published as
		latest().forEach(this::serving);
	}

	/** Counts a publication of the tenant's content and announces it; its new version. */
	long published(String tenant) {
		java.time.OffsetDateTime now = this.clock.instant().atOffset(ZoneOffset.UTC);
		int updated = this.jdbc
			.sql("UPDATE content_publication SET version = version + 1, published_at = ? WHERE tenant = ?")
			.params(now, tenant)
			.update();
		if (updated == 0) {
			this.jdbc.sql("INSERT INTO content_publication (tenant, version, published_at) VALUES (?, 1, ?)")
				.params(tenant, now)
				.update();
		}
		long version = this.jdbc.sql("SELECT version FROM content_publication WHERE tenant = ?")
			.param(tenant)
			.query(Long.class)
			.single();
		this.served.merge(tenant, version, Math::max);
		if (this.announce) {
			this.jdbc.sql("SELECT pg_notify(?, ?)").params(CHANNEL, tenant).query().singleRow();
		}
		return version;
	}

	/** The latest published version of every tenant that has published. */
	Map<String, Long> latest() {
		Map<String, Long> versions = new HashMap<>();
		this.jdbc.sql("SELECT tenant, version FROM content_publication").query(rs -> {
			versions.put(rs.getString(1), rs.getLong(2));
		});
		return versions;
	}

	/** The version this instance serves (0: the one it read at start). */
	long served(String tenant) {
		return this.served.getOrDefault(tenant, 0L);
	}

	void serving(String tenant, long version) {
		this.served.merge(tenant, version, Math::max);
	}

}
