package de.rathausbot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An organisation, office or person citizens can turn to.
 *
 * @param role what the contact does or is responsible for ("Leitung AG GIS")
 * @param organisation the organisation it belongs to
 * @param openingHours when it is open, if it has office hours
 */
public record Contact(String id, String name, List<String> synonyms, Optional<String> role,
		Optional<String> organisation, Optional<String> description, Optional<Address> address, Optional<String> phone,
		Optional<String> fax, Optional<String> email, Optional<String> website,
		Optional<OpeningHours> openingHours) implements KnowledgeItem {

	public Contact {
		synonyms = List.copyOf(synonyms);
	}

	@Override
	public String ref() {
		return "contact:" + this.id;
	}

	@Override
	public List<String> keywords() {
		List<String> keywords = new ArrayList<>();
		this.role.ifPresent(keywords::add);
		this.organisation.ifPresent(keywords::add);
		this.address.ifPresent(a -> keywords.add(a.street()));
		return keywords;
	}

}
