package de.rathausbot.dialogue;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import de.rathausbot.dialogue.answers.KnowledgeAnswers;
import de.rathausbot.dialogue.time.Formats;
import de.rathausbot.knowledge.DayHours;
import de.rathausbot.knowledge.Event;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.knowledge.Occurrence;
import de.rathausbot.knowledge.OfficeHours;
import de.rathausbot.knowledge.OpeningHours;
import de.rathausbot.knowledge.TimeRange;
import org.springframework.stereotype.Component;

/**
 * What the bot would say about hours and dates that an editor is still writing: the same
 * evaluation and wording as its answers, for the workspace's live previews.
 */
@Component
public class ContentPreviews {

	private final KnowledgeAnswers answers;

	private final OfficeHours officeHours;

	ContentPreviews(KnowledgeBase knowledge, OfficeHours officeHours) {
		this.answers = new KnowledgeAnswers(knowledge, officeHours);
		this.officeHours = officeHours;
	}

	/**
	 * Opening hours now, as a week, and day by day.
	 *
	 * @param now "Jetzt geöffnet bis 12 Uhr."
	 * @param week "Montag bis Mittwoch 8–12 Uhr; …; an Feiertagen geschlossen."
	 * @param days the next days from today
	 */
	public record HoursPreview(String now, String week, List<DayPreview> days) {
	}

	/**
	 * @param date ISO date
	 * @param day "Montag, 30.11.2026"
	 * @param hours "8–12 und 14–18 Uhr" or "geschlossen"
	 * @param note the public holiday or the reason for a closing day, if any
	 */
	public record DayPreview(String date, String day, String hours, Optional<String> note) {
	}

	/**
	 * @param repeats "jeden letzten Mittwoch im Monat", empty for a single date
	 * @param dates the next dates, "am Mittwoch, 30.12.2026 von 18 bis 20 Uhr"
	 */
	public record SeriesPreview(String repeats, List<String> dates) {
	}

	public HoursPreview hours(OpeningHours hours, ZonedDateTime now, int days) {
		List<DayPreview> preview = new ArrayList<>();
		for (int offset = 0; offset < days; offset++) {
			DayHours day = this.officeHours.day(hours, now.toLocalDate().plusDays(offset));
			String times = day.times().isEmpty() ? "geschlossen"
					: day.times()
						.stream()
						.map(TimeRange::spoken)
						.collect(Collectors.joining(" und "))
						.replace(" Uhr und ", " und ");
			Optional<String> note = day.closure().or(() -> day.holiday().map(h -> "Feiertag: " + h));
			preview.add(new DayPreview(day.date().toString(), Formats.weekdayAndDate(day.date()), times, note));
		}
		return new HoursPreview(this.answers.openNow(hours, now), Formats.capitalize(this.answers.weekly(hours)),
				preview);
	}

	/** The next dates of an event from now (the first ones if it is over). */
	public SeriesPreview series(Event event, ZonedDateTime now, int count) {
		List<Occurrence> next = event.occurrences(now, now.plusYears(2));
		if (next.isEmpty()) {
			next = event.occurrences(event.start(), event.start().plusYears(2));
		}
		return new SeriesPreview(KnowledgeAnswers.repeats(event),
				next.stream().limit(count).map(KnowledgeAnswers::when).toList());
	}

}
