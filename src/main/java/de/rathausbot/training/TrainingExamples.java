package de.rathausbot.training;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import de.rathausbot.intents.Intent;
import de.rathausbot.intents.IntentContent;
import de.rathausbot.knowledge.Contact;
import de.rathausbot.knowledge.Faq;
import de.rathausbot.knowledge.KnowledgeBase;
import de.rathausbot.knowledge.KnowledgeItem;
import de.rathausbot.knowledge.Page;
import de.rathausbot.knowledge.Service;
import de.rathausbot.nlu.IntentClassifier;
import de.rathausbot.nlu.TrainingExample;
import de.rathausbot.nlu.TrainingExample.Field;

/**
 * The labelled texts the NLU learns from the content: each intent's title and examples,
 * each knowledge item's fields, and the out-of-scope examples.
 */
public final class TrainingExamples {

	private TrainingExamples() {
	}

	/**
	 * What the bot is trained on: intents (titles, examples), knowledge with the names
	 * and phrasings staff translated, and out-of-scope examples.
	 */
	public static List<TrainingExample> of(IntentContent content, KnowledgeBase.Snapshot knowledge) {
		List<TrainingExample> examples = of(content, knowledge.items());
		examples.addAll(translated(knowledge));
		return examples;
	}

	/**
	 * The translated names and other names of items ("passport" for the Reisepass), so a
	 * question in the translation's language finds the item.
	 */
	static List<TrainingExample> translated(KnowledgeBase.Snapshot knowledge) {
		List<TrainingExample> examples = new ArrayList<>();
		for (KnowledgeItem copy : knowledge.translations().allCopies()) {
			KnowledgeItem german = knowledge.find(copy.ref()).orElse(null);
			if (german == null) {
				continue;
			}
			if (!copy.name().equals(german.name())) {
				examples.add(new TrainingExample(copy.ref(), copy.name(), Field.NAME));
			}
			copy.synonyms()
				.stream()
				.filter(s -> !german.synonyms().contains(s))
				.forEach(s -> examples.add(new TrainingExample(copy.ref(), s)));
		}
		return examples;
	}

	/**
	 * Intents (titles, examples), the given knowledge items and out-of-scope examples.
	 */
	public static List<TrainingExample> of(IntentContent content, List<KnowledgeItem> items) {
		List<TrainingExample> examples = new ArrayList<>();
		for (Intent intent : content.intents()) {
			examples.add(new TrainingExample(intent.id(), intent.title(), Field.NAME));
			// its title in other languages: a tapped quick reply in that language
			intent.titles().values().forEach(t -> examples.add(new TrainingExample(intent.id(), t, Field.NAME)));
			intent.examples().forEach(e -> examples.add(new TrainingExample(intent.id(), e)));
		}
		examples.addAll(fromKnowledge(items));
		content.outOfScope().forEach(e -> examples.add(new TrainingExample(IntentClassifier.OUT_OF_SCOPE, e)));
		return examples;
	}

	/**
	 * What the bot learns from knowledge items, labelled with their references and the
	 * field they come from: names, synonyms, keywords, a service's documents, summary and
	 * details.
	 */
	public static List<TrainingExample> fromKnowledge(List<? extends KnowledgeItem> items) {
		List<TrainingExample> examples = new ArrayList<>();
		Map<String, String> contactNames = new HashMap<>();
		items.stream().filter(Contact.class::isInstance).forEach(c -> contactNames.put(c.id(), c.name()));
		for (KnowledgeItem item : items) {
			examples.add(new TrainingExample(item.ref(), item.name(), Field.NAME));
			item.synonyms().forEach(s -> examples.add(new TrainingExample(item.ref(), s)));
			if (!item.keywords().isEmpty()) {
				examples.add(new TrainingExample(item.ref(), item.name() + " " + String.join(" ", item.keywords())));
			}
			if (item instanceof Faq faq) {
				// read like a page's passage: the question with its answer
				examples.add(new TrainingExample(item.ref(), faq.question() + "\n" + faq.answer(), Field.PASSAGE));
			}
			if (item instanceof Page page) {
				// each passage on its own: a question is about one part of a page
				page.passages()
					.forEach(p -> examples
						.add(new TrainingExample(item.ref(), page.title() + "\n" + p.text(), Field.PASSAGE)));
			}
			if (item instanceof Service service) {
				// "Brauche ich ein biometrisches Passfoto?" is about the services that
				// need one
				service.documents()
					.forEach(d -> examples
						.add(new TrainingExample(item.ref(), service.name() + " " + d, Field.DETAILS)));
				if (!service.summary().isBlank()) {
					examples.add(new TrainingExample(item.ref(), service.summary(), Field.SUMMARY));
				}
				service.details().ifPresent(d -> examples.add(new TrainingExample(item.ref(), d, Field.DETAILS)));
				// "Was muss ich beim Gewerbeamt machen?" is about the services of that
				// office
				service.contactId()
					.map(contactNames::get)
					.ifPresent(office -> examples.add(new TrainingExample(item.ref(), office, Field.DETAILS)));
			}
		}
		return examples;
	}

}
