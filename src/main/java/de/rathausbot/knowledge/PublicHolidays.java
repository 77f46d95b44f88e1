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

	private final Map<Integer, TreeMap<LocalDate, String>> byYear = new ConcurrentHashMap<>();

	public PublicHolidays(SystemProperties properties) {
		this.region = properties.region().toLowerCase(Locale.ROOT);
	}

	public Optional<String> nameOf(LocalDate date) {
		return Optional.ofNullable(holidays(date.getYear()).get(date));
	}

	public boolean isHoliday(LocalDate date) {
		return holidays(date.getYear()).containsKey(date);
	}

	/** All public holidays of a year, by date, with German names. */
	public TreeMap<LocalDate, String> holidays(int year) {
		return this.byYear.computeIfAbsent(year, y -> {
			TreeMap<LocalDate, String> map = new TreeMap<>();
			for (Holiday holiday : this.manager.getHolidays(Year.of(y), HolidayType.PUBLIC_HOLIDAY, this.region)) {
				map.put(holiday.getActualDate(), holiday.getDescription(Locale.GERMAN));
			}
			return map;
		});
	}

}
