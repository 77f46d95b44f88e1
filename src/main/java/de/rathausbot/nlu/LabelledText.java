package de.rathausbot.nlu;

/** A training example after analysis. */
record LabelledText(String label, AnalyzedText text) {
}
