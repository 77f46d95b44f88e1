package de.rathausbot.knowledge;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The opening-hours form writes the {@code opening_hours} text the bot evaluates and
 * reads it back; what it cannot express it does not read.
 */
class WeeklyHoursTests {

	private static final List<TimeRange> MORNING = List.of(new TimeRange(8 * 60, 12 * 60));

	private static final List<TimeRange> LONG_THURSDAY = List.of(new TimeRange(8 * 60, 12 * 60),
			new TimeRange(14 * 60, 18 * 60));

	@Test
	void writesEqualDaysTogetherAndHolidaysLast() {
		WeeklyHours rathaus = new WeeklyHours(
				List.of(MORNING, MORNING, MORNING, LONG_THURSDAY, MORNING, List.of(), List.of()), List.of());

		assertThat(rathaus.osm()).isEqualTo("Mo-We,Fr 08:00-12:00; Th 08:00-12:00,14:00-18:00; PH off");
	}

	@Test
	void readsHoursWrittenWithLaterRulesReplacingEarlierOnes() {
		assertThat(WeeklyHours.read("Mo-Fr 08:00-12:00; Th 08:00-12:00,14:00-18:00; PH off")).contains(new WeeklyHours(
				List.of(MORNING, MORNING, MORNING, LONG_THURSDAY, MORNING, List.of(), List.of()), List.of()));
		assertThat(WeeklyHours.read("Sa,PH 10:00-12:00").map(WeeklyHours::holidays))
			.contains(List.of(new TimeRange(600, 720)));
		assertThat(WeeklyHours.read("Mo-Su 00:00-24:00").map(h -> h.days().get(6)))
			.contains(List.of(new TimeRange(0, 1440)));
	}

	@Test
	void doesNotReadWhatTheFormCannotExpress() {
		assertThat(WeeklyHours.read("Mo-Fr 08:00-12:00, We 14:00-16:00")).isEmpty();
		assertThat(WeeklyHours.read("24/7")).isEmpty();
		assertThat(WeeklyHours.read("Mo[1] 10:00-12:00")).isEmpty();
		assertThat(WeeklyHours.read("Mo-Fr 08:00-12:00 \"nach Vereinbarung\"")).isEmpty();
		// holiday hours that differ by weekday
		assertThat(WeeklyHours.read("PH 10:00-12:00; Mo 08:00-09:00")).isEmpty();
		assertThat(WeeklyHours.read("")).isEmpty();
	}

	@Test
	void nothingOpenWritesNothing() {
		List<List<TimeRange>> closed = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			closed.add(List.of());
		}
		assertThat(new WeeklyHours(closed, List.of()).osm()).isEmpty();
	}

	@Property(tries = 300)
	void everyFormReadsBackAsWritten(@ForAll("forms") WeeklyHours form) {
		assertThat(WeeklyHours.read(form.osm())).as(form.osm()).contains(form);
	}

	@Provide
	Arbitrary<WeeklyHours> forms() {
		Arbitrary<List<TimeRange>> day = Arbitraries.integers()
			.between(0, 96)
			.list()
			.ofMaxSize(6)
			.uniqueElements()
			.map(WeeklyHoursTests::ranges);
		return Combinators.combine(day.list().ofSize(7), day.injectNull(0.6))
			.as((days, holidays) -> new WeeklyHours(days, holidays == null ? List.of() : holidays))
			.filter(form -> !form.isEmpty());
	}

	/** Quarter hours, sorted, paired up into ranges that do not overlap. */
	private static List<TimeRange> ranges(List<Integer> quarters) {
		List<Integer> sorted = quarters.stream().sorted().toList();
		List<TimeRange> ranges = new ArrayList<>();
		for (int i = 0; i + 1 < sorted.size(); i += 2) {
			ranges.add(new TimeRange(sorted.get(i) * 15, sorted.get(i + 1) * 15));
		}
		return ranges;
	}

}
