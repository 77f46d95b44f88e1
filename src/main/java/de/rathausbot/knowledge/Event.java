package de.rathausbot.knowledge;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An event with its time in the organiser's time zone.
 *
 * @param allDay true when only the date is known (no times)
 */
public record Event(String id, String title, ZonedDateTime start, Optional<ZonedDateTime> end, boolean allDay,
		Optional<String> location, Optional<String> description, Optional<String> organiser, Optional<String> url,
		List<String> synonyms) implements KnowledgeItem {

	public Event {
		synonyms = List.copyOf(synonyms);
	}

	@Override
	public String ref() {
		return "event:" + this.id;
	}

	@Override
	public String name() {
		return this.title;
	}

	@Override
	public List<String> keywords() {
		List<String> keywords = new ArrayList<>();
		this.location.ifPresent(keywords::add);
		this.organiser.ifPresent(keywords::add);
		keywords.add(String.valueOf(this.start.getYear()));
		return keywords;
	}

}
