package de.rathausbot.nlu;

/**
 * A text labelled with what it means (an intent id, a knowledge reference or
 * {@link IntentClassifier#OUT_OF_SCOPE}), and which field of the label it is.
 */
public record TrainingExample(String label, String text, Field field) {

	/**
	 * What part of a label a text is: a match in a name says more than one in details.
	 */
	public enum Field {

		/** A label's name: a service's or contact's name, an intent's title. */
		NAME,
		/** Another way of saying it: synonyms, staff keywords, an intent's examples. */
		PHRASING,
		/** A service's summary. */
		SUMMARY,
		/** A service's longer text and documents. */
		DETAILS,
		/**
		 * One part of a long text read on its own (a passage of a web page): found by the
		 * passages signal, and as details by the fields signal.
		 */
		PASSAGE

	}

	/** A phrasing: an intent's example, a synonym. */
	public TrainingExample(String label, String text) {
		this(label, text, Field.PHRASING);
	}

}
