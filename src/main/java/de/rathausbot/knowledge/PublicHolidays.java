package de.rathausbot.knowledge;

import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import de.rathausbot.system.SystemProperties;
import de.rathausbot.tenant.Tenants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Public holidays (gesetzliche Feiertage) of the configured Land, with their German
 * names. School holidays are not public holidays: offices are open then.
 */
@Component
public class PublicHolidays {

	private final HolidayManager manager = HolidayManager
		.getInstance(ManagerParameters.create(HolidayCalendar.GERMANY));

	private final String region;

	private final Tenants tenants;

	/** By region and year. */
	private final Map<String, TreeMap<LocalDate, String>> byYear = new ConcurrentHashMap<>();

	/** The installation's region for every tenant that names none. */
	@Autowired
	public PublicHolidays(SystemProperties properties, Tenants tenants) {
		this.region = properties.region().toLowerCase(Locale.ROOT);
		this.tenants = tenants;
	}

	public PublicHolidays(SystemProperties properties) {
		this(properties, Tenants.single());
	}

	public Optional<String> nameOf(LocalDate date) {
		return Optional.ofNullable(holidays(date.getYear()).get(date));
	}

	public boolean isHoliday(LocalDate date) {
		return holidays(date.getYear()).containsKey(date);
	}

	/** All public holidays of a year, by date, with German names. */
	public TreeMap<LocalDate, String> holidays(int year) {
		String region = this.tenants.current().region().map(r -> r.toLowerCase(Locale.ROOT)).orElse(this.region);
		return this.byYear.computeIfAbsent(region + ":" + year, key -> {
			TreeMap<LocalDate, String> map = new TreeMap<>();
			for (Holiday holiday : this.manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, region)) {
				map.put(holiday.getActualDate(), holiday.getDescription(Locale.GERMAN));
			}
			return map;
		});
	}

}
