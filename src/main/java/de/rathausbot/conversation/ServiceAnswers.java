package de.rathausbot.conversation;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.Fee;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.knowledge.Service;

/**
 * Answers about a service by the asked attribute: fee, documents, deadline, steps, where.
 */
final class ServiceAnswers {

	private final KnowledgeBase knowledge;

	private final ContactAnswers contacts;

	ServiceAnswers(KnowledgeBase knowledge, ContactAnswers contacts) {
		this.knowledge = knowledge;
		this.contacts = contacts;
	}

	String answer(Service service, Optional<Attribute> attribute, ZonedDateTime now) {
		String name = "**" + service.name() + "**";
		if (attribute.isEmpty()) {
			return overview(service, now);
		}
		return switch (attribute.get()) {
			case FEE -> fees(service);
			case DOCUMENTS -> service.documents().isEmpty() ? overview(service, now)
					: name + " – bitte mitbringen:\n" + bullets(service.documents());
			case DEADLINE -> service.deadline().map(d -> name + ": " + d).orElseGet(() -> overview(service, now));
			case VALIDITY ->
				service.validity().map(v -> name + " – Gültigkeit: " + v).orElseGet(() -> overview(service, now));
			case PROCESSING_TIME -> service.processingTime()
				.map(p -> name + " – Bearbeitungsdauer: " + p)
				.orElseGet(() -> overview(service, now));
			case ONLINE -> service.onlineUrl()
				.map(u -> name + " – online: " + u + "\n\n" + service.summary())
				.orElseGet(() -> name + " kann nicht online erledigt werden. " + service.summary());
			case RESPONSIBLE -> where(service, now).orElseGet(() -> overview(service, now));
			default -> overview(service, now);
		};
	}

	private String overview(Service service, ZonedDateTime now) {
		List<String> parts = new ArrayList<>();
		parts.add("**" + service.name() + "**: " + service.summary());
		if (!service.fees().isEmpty()) {
			parts.add(feeText(service));
		}
		if (!service.documents().isEmpty()) {
			parts.add("Mitbringen:\n" + bullets(service.documents()));
		}
		if (!service.steps().isEmpty()) {
			parts.add("So geht's:\n" + bullets(service.steps()));
		}
		service.deadline().ifPresent(d -> parts.add("Frist: " + d));
		service.validity().ifPresent(v -> parts.add("Gültigkeit: " + v));
		service.processingTime().ifPresent(p -> parts.add("Dauer: " + p));
		service.onlineUrl().ifPresent(u -> parts.add("Online: " + u));
		contact(service).ifPresent(c -> parts.add("Zuständig: " + c.name()));
		return String.join("\n\n", parts);
	}

	private String fees(Service service) {
		if (service.fees().isEmpty()) {
			return "**" + service.name() + "**: Zu den Kosten habe ich keine Angabe. " + service.summary();
		}
		return "**" + service.name() + "** – " + feeText(service);
	}

	/**
	 * "kostenlos (gebührenfrei)" or "Gebühren:" with one line per fee and its condition.
	 */
	private static String feeText(Service service) {
		List<Fee> fees = service.fees();
		if (fees.size() == 1 && fees.get(0).isFree()) {
			String condition = fees.get(0).condition();
			return "kostenlos (gebührenfrei)" + (condition.isEmpty() ? "." : ": " + condition + ".")
					+ service.feeNote().map(n -> " " + n).orElse("");
		}
		List<String> lines = fees.stream()
			.map(f -> (f.isFree() ? "kostenlos" : f.formattedAmount())
					+ (f.condition().isEmpty() ? "" : " " + f.condition()))
			.toList();
		return "Gebühren:\n" + bullets(lines) + service.feeNote().map(n -> "\n\n" + n).orElse("");
	}

	private Optional<String> where(Service service, ZonedDateTime now) {
		return contact(service).map(c -> "**" + service.name() + "** – zuständig:\n\n" + this.contacts.card(c, now)
				+ service.onlineUrl().map(u -> "\n\nOnline: " + u).orElse(""));
	}

	Optional<Contact> contact(Service service) {
		return service.contactId().flatMap(this.knowledge::contact);
	}

	static String bullets(List<String> items) {
		return String.join("\n", items.stream().map(i -> "- " + i).toList());
	}

}
