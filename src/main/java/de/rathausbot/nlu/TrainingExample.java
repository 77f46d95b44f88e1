package de.rathausbot.nlu;

/**
 * A text labelled with what it means (an intent id, a knowledge reference or
 * {@link IntentClassifier#OUT_OF_SCOPE}).
 */
public record TrainingExample(String label, String text) {
}
