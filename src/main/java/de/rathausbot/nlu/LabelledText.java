package de.rathausbot.nlu;

/** A training example after analysis, with the field it came from. */
record LabelledText(String label, AnalyzedText text, TrainingExample.Field field) {

	LabelledText(String label, AnalyzedText text) {
		this(label, text, TrainingExample.Field.PHRASING);
	}

}
