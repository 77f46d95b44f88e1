package de.rathausbot.tenant;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import de.rathausbot.knowledge.PublicHolidays;
import de.rathausbot.system.SystemProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tenants of an installation: one default without configuration; a Landkreis before
 * its Kommunen; a wrong parent or a cycle stops the start with a readable reason; each
 * tenant's Land decides its public holidays.
 */
class TenantsTests {

	private static Tenant tenant(String id, String parent, String region) {
		return new Tenant(id, id, Optional.ofNullable(parent), "Rathaus", Optional.empty(), Optional.empty(),
				Optional.empty(), "#004f9f", Optional.ofNullable(region), Optional.empty());
	}

	@Test
	void withoutConfigurationThereIsOneDefaultTenant() {
		Tenants single = Tenants.single();

		assertThat(single.all()).extracting(Tenant::id).containsExactly("default");
		assertThat(single.current().id()).isEqualTo("default");
		assertThat(single.named(null).id()).isEqualTo("default");
		assertThat(single.several()).isFalse();
	}

	@Test
	void aLandkreisComesBeforeItsKommunenAndSeesThemAsHeirs() {
		Tenants tenants = Tenants.of(
				List.of(tenant("stadt", "kreis", null), tenant("kreis", null, null), tenant("gemeinde", "stadt", null)),
				"stadt");

		assertThat(tenants.parentsFirst()).extracting(Tenant::id).containsExactly("kreis", "stadt", "gemeinde");
		assertThat(tenants.descendants(tenants.named("kreis"))).extracting(Tenant::id)
			.containsExactly("stadt", "gemeinde");
		assertThat(tenants.lineage(tenants.named("gemeinde"))).extracting(Tenant::id)
			.containsExactly("gemeinde", "stadt", "kreis");
		assertThat(tenants.current().id()).isEqualTo("stadt");
		assertThat(tenants.as(tenants.named("kreis"), () -> tenants.current().id())).isEqualTo("kreis");
		assertThat(tenants.current().id()).as("only while the work runs").isEqualTo("stadt");
	}

	@Test
	void aWrongConfigurationStopsTheStartWithItsReason() {
		assertThatThrownBy(() -> Tenants.of(List.of(tenant("stadt", "kreis", null)), ""))
			.hasMessageContaining("the parent 'kreis' of 'stadt' is not a configured tenant");
		assertThatThrownBy(() -> Tenants.of(List.of(tenant("a", "b", null), tenant("b", "a", null)), ""))
			.hasMessageContaining("inherits from itself");
		assertThatThrownBy(() -> Tenants.of(List.of(tenant("a", null, null)), "b"))
			.hasMessageContaining("unknown tenant 'b'");
		assertThatThrownBy(() -> Tenants.single().named("stuttgart")).isInstanceOf(UnknownTenantException.class)
			.hasMessage("unknown tenant 'stuttgart' (known: default)");
		assertThatThrownBy(() -> Tenants.single().named("x".repeat(100_000)))
			.as("an error repeats at most 64 characters")
			.hasMessageStartingWith("unknown tenant '" + "x".repeat(64) + "…'");
	}

	@Test
	void eachTenantsLandDecidesItsPublicHolidays() {
		Tenants tenants = Tenants.of(List.of(tenant("ludwigsburg", null, null), tenant("saarbruecken", null, "SL")),
				"");
		PublicHolidays holidays = new PublicHolidays(new SystemProperties("BW", ZoneId.of("Europe/Berlin"),
				new SystemProperties.Clock(null), new SystemProperties.City("", "#004f9f")), tenants);
		LocalDate assumption = LocalDate.of(2026, 8, 15);

		assertThat(holidays.isHoliday(assumption)).as("Mariä Himmelfahrt is no holiday in Baden-Württemberg").isFalse();
		assertThat(tenants.as(tenants.named("saarbruecken"), () -> holidays.isHoliday(assumption))).isTrue();
	}

}
