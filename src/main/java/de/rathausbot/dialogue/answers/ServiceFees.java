package de.rathausbot.dialogue.answers;

import java.util.List;

import de.rathausbot.dialogue.AnswerTexts;
import de.rathausbot.knowledge.Fee;
import de.rathausbot.knowledge.Service;

/** A service's fees in words: on one line, or one line per fee with its condition. */
final class ServiceFees {

	private ServiceFees() {
	}

	/** Fees as amounts, or (from an imported catalogue) as text only. */
	static boolean has(Service service) {
		return !service.fees().isEmpty() || service.feeNote().isPresent();
	}

	/**
	 * "kostenlos (gebührenfrei)" or "Gebühren:" with one line per fee and its condition.
	 */
	static String text(Service service, AnswerTexts t) {
		List<Fee> fees = service.fees();
		if (fees.isEmpty()) {
			return t.get("service.costs", service.feeNote().orElse(""));
		}
		if (fees.size() == 1 && fees.get(0).isFree()) {
			return line(service, t) + service.feeNote().map(n -> " " + n).orElse("");
		}
		return t.get("fees.heading") + "\n" + ServiceAnswers.bullets(items(fees, t))
				+ service.feeNote().map(n -> "\n\n" + n).orElse("");
	}

	/** The fees on one line: "37,00 € ab 24 Jahren, 22,80 € unter 24 Jahren". */
	static String line(Service service, AnswerTexts t) {
		List<Fee> fees = service.fees();
		if (fees.isEmpty()) {
			// a catalogue's fees as text
			return service.feeNote().orElse("");
		}
		if (fees.size() == 1 && fees.get(0).isFree()) {
			String condition = fees.get(0).condition();
			return t.get("fees.free") + (condition.isEmpty() ? "." : " – " + condition + ".");
		}
		return String.join(", ", items(fees, t)) + ".";
	}

	/** "37,00 € ab 24 Jahren", "kostenlos unter 6 Jahren". */
	private static List<String> items(List<Fee> fees, AnswerTexts t) {
		return fees.stream()
			.map(f -> (f.isFree() ? t.get("fees.freeItem") : t.money(f))
					+ (f.condition().isEmpty() ? "" : " " + f.condition()))
			.toList();
	}

}
