package de.rathausbot.tenant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The tenants and the one a piece of work is done for. A channel or job names the tenant
 * with {@link #as}; everything it calls (content, training, answers, storage) then works
 * on that tenant's content. Work that names none is done for the default tenant, so a
 * single-city installation never has to.
 */
@Component
public class Tenants {

	private static final ThreadLocal<Tenant> CURRENT = new ThreadLocal<>();

	private final Map<String, Tenant> byId;

	private final Tenant defaultTenant;

	@Autowired
	Tenants(TenantProperties properties) {
		this(properties.tenants()
			.stream()
			.map(s -> new Tenant(s.id(), s.name(), Optional.ofNullable(s.parent()).filter(p -> !p.isBlank()),
					s.authority(), Optional.ofNullable(s.intents()).filter(p -> !p.isBlank()),
					Optional.ofNullable(s.knowledge()).filter(p -> !p.isBlank()),
					Optional.ofNullable(s.handoverContact()).filter(p -> !p.isBlank()), s.color(),
					Optional.ofNullable(s.region()).filter(r -> !r.isBlank()), Optional.ofNullable(s.retentionDays())))
			.toList(), properties.defaultTenant());
	}

	private Tenants(List<Tenant> configured, String defaultTenant) {
		Map<String, Tenant> tenants = new LinkedHashMap<>();
		for (Tenant tenant : configured) {
			if (tenants.putIfAbsent(tenant.id(), tenant) != null) {
				throw new IllegalStateException("rathausbot.tenants: tenant '" + tenant.id() + "' is configured twice");
			}
		}
		if (tenants.isEmpty()) {
			tenants.put(Tenant.DEFAULT, new Tenant(Tenant.DEFAULT, "", Optional.empty(), "Rathaus", Optional.empty(),
					Optional.empty(), Optional.empty(), "#004f9f", Optional.empty(), Optional.empty()));
		}
		for (Tenant tenant : tenants.values()) {
			checkParents(tenant, tenants);
		}
		this.byId = Collections.unmodifiableMap(tenants);
		String defaultId = defaultTenant.isBlank() ? tenants.keySet().iterator().next() : defaultTenant;
		this.defaultTenant = find(defaultId).orElseThrow(() -> new IllegalStateException(
				"rathausbot.default-tenant: " + new UnknownTenantException(defaultId, tenants.keySet()).getMessage()));
	}

	/**
	 * Tenants given as they are (commands and tests); the first is the default one when
	 * none is named.
	 */
	public static Tenants of(List<Tenant> tenants, String defaultTenant) {
		return new Tenants(tenants, defaultTenant);
	}

	/** The tenants of an installation without configured ones: {@code default} alone. */
	public static Tenants single() {
		return new Tenants(List.of(), "");
	}

	private static void checkParents(Tenant tenant, Map<String, Tenant> tenants) {
		List<String> seen = new ArrayList<>(List.of(tenant.id()));
		Optional<String> parent = tenant.parent();
		while (parent.isPresent()) {
			Tenant next = tenants.get(parent.get());
			if (next == null) {
				throw new IllegalStateException("rathausbot.tenants: the parent '" + parent.get() + "' of '"
						+ tenant.id() + "' is not a configured tenant");
			}
			if (seen.contains(next.id())) {
				throw new IllegalStateException("rathausbot.tenants: '" + tenant.id() + "' inherits from itself ("
						+ String.join(" → ", seen) + " → " + next.id() + ")");
			}
			seen.add(next.id());
			parent = next.parent();
		}
	}

	public List<Tenant> all() {
		return List.copyOf(this.byId.values());
	}

	/** Every tenant after the one it inherits from: a Landkreis before its Kommunen. */
	public List<Tenant> parentsFirst() {
		return this.byId.values()
			.stream()
			.sorted(java.util.Comparator.comparingInt((Tenant t) -> lineage(t).size()))
			.toList();
	}

	/** Whether the installation serves more than one tenant. */
	public boolean several() {
		return this.byId.size() > 1;
	}

	public Optional<Tenant> find(String id) {
		return Optional.ofNullable(this.byId.get(id));
	}

	/**
	 * The tenant a request names; the default one when it names none.
	 * @throws UnknownTenantException for an id the installation does not serve
	 */
	public Tenant named(String id) {
		if (id == null || id.isBlank()) {
			return this.defaultTenant;
		}
		return find(id.strip()).orElseThrow(() -> new UnknownTenantException(id.strip(), this.byId.keySet()));
	}

	public Tenant defaultTenant() {
		return this.defaultTenant;
	}

	/** The tenant the current work is done for. */
	public Tenant current() {
		Tenant tenant = CURRENT.get();
		return tenant != null ? tenant : this.defaultTenant;
	}

	/** The tenant and its ancestors, the tenant first. */
	public List<Tenant> lineage(Tenant tenant) {
		List<Tenant> lineage = new ArrayList<>(List.of(tenant));
		Optional<String> parent = tenant.parent();
		while (parent.isPresent()) {
			Tenant next = this.byId.get(parent.get());
			lineage.add(next);
			parent = next.parent();
		}
		return lineage;
	}

	/** The tenants that inherit from this one, directly or through another. */
	public List<Tenant> descendants(Tenant tenant) {
		return this.byId.values().stream().filter(t -> !t.equals(tenant) && lineage(t).contains(tenant)).toList();
	}

	/** Does work for a tenant: everything it calls sees that tenant as current. */
	public <T> T as(Tenant tenant, Supplier<T> work) {
		Tenant previous = CURRENT.get();
		CURRENT.set(tenant);
		try {
			return work.get();
		}
		finally {
			if (previous == null) {
				CURRENT.remove();
			}
			else {
				CURRENT.set(previous);
			}
		}
	}

	public void as(Tenant tenant, Runnable work) {
		as(tenant, () -> {
			work.run();
			return null;
		});
	}

}
